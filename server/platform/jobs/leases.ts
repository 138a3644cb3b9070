import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Bilingual } from '../http/errors.js';
import { parkedMessage, sanitised, sanitisedJson } from './failure.js';
import { jobs, jobStaging } from './tables.js';

export type JobRecord = typeof jobs.$inferSelect;
export type LeaseTerms = { owner: string; leaseSeconds: number; maxAttempts: number };

const leaseUntil = (seconds: number) => sql`now() + make_interval(secs => ${seconds})`;

/** Queued, or running under a lease that expired (its holder died or hung). */
const claimable = or(
  eq(jobs.status, 'queued'),
  and(eq(jobs.status, 'running'), or(isNull(jobs.leaseExpiresAt), lt(jobs.leaseExpiresAt, sql`now()`))),
);

/**
 * Takes the oldest claimable job under a lease for `terms.owner`. Row locks with SKIP LOCKED let
 * several processes claim at once without waiting for or taking each other's job. A job whose
 * holders died `maxAttempts` times is parked as failed instead; the caller then claims again.
 */
export async function claimJob(db: Db, terms: LeaseTerms): Promise<JobRecord | { parked: JobRecord } | null> {
  return db.transaction(async (tx) => {
    const [next] = await tx
      .select()
      .from(jobs)
      .where(claimable)
      .orderBy(asc(jobs.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) {
      return null;
    }
    // Staged rows stay: what a killed attempt applied is undone from them (see staged-writes.ts).
    if (next.attempts >= terms.maxAttempts) {
      const message = parkedMessage(next.attempts);
      await tx
        .update(jobs)
        .set({
          status: 'failed',
          errorTh: message.th,
          errorEn: message.en,
          finishedAt: new Date(),
          leaseOwner: null,
          leaseExpiresAt: null,
        })
        .where(eq(jobs.id, next.id));
      return { parked: next };
    }
    const [claimed] = await tx
      .update(jobs)
      .set({
        status: 'running',
        startedAt: new Date(),
        progressDone: 0,
        attempts: sql`${jobs.attempts} + 1`,
        leaseOwner: terms.owner,
        leaseExpiresAt: leaseUntil(terms.leaseSeconds),
      })
      .where(eq(jobs.id, next.id))
      .returning();
    return claimed ?? null;
  });
}

const heldBy = (jobId: string, owner: string) =>
  and(eq(jobs.id, jobId), eq(jobs.leaseOwner, owner), eq(jobs.status, 'running'));

/** Extends the lease; false when the job is no longer ours (it expired and another process took it). */
export async function renewLease(db: Db, jobId: string, terms: LeaseTerms): Promise<boolean> {
  const renewed = await db
    .update(jobs)
    .set({ leaseExpiresAt: leaseUntil(terms.leaseSeconds) })
    .where(heldBy(jobId, terms.owner))
    .returning({ id: jobs.id });
  return renewed.length > 0;
}

export type Settlement =
  | { status: 'succeeded'; result: Record<string, unknown> }
  | { status: 'failed' | 'queued'; result: Record<string, unknown>; error: Bilingual };

/**
 * Records how an attempt ended, only if this owner still holds the job, and releases the lease.
 * A job queued again keeps its staged rows, so the next attempt can undo what this one applied.
 */
export async function settleJob(db: Db, jobId: string, owner: string, settlement: Settlement): Promise<void> {
  const error = settlement.status === 'succeeded' ? null : sanitised(settlement.error);
  await db
    .update(jobs)
    .set({
      status: settlement.status,
      result: sanitisedJson(settlement.result),
      errorTh: error?.th ?? null,
      errorEn: error?.en ?? null,
      finishedAt: settlement.status === 'queued' ? null : new Date(),
      leaseOwner: null,
      leaseExpiresAt: null,
    })
    .where(heldBy(jobId, owner));
  if (settlement.status !== 'queued') {
    await db.delete(jobStaging).where(eq(jobStaging.jobId, jobId));
  }
}
