import { and, eq, sql } from 'drizzle-orm';
import type { NotificationInput } from '../../../domain/notifications/notification.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps, JobDeps } from '../../platform/dependencies.js';
import type { JobContext, JobOutcome } from '../../platform/jobs/runner.js';
import { jobs } from '../../platform/jobs/tables.js';
import { notify, type DigestSource } from './public.js';

export const DAILY_DIGEST_JOB = 'notifications.daily-digest';

/** The digest job: asks every source for the day's notices and adds the new ones. */
export function dailyDigestJob(sources: readonly DigestSource[]) {
  return async (context: JobContext): Promise<JobOutcome> => {
    const today = String(context.job.input.date ?? toBangkokIsoDate(new Date()));
    const deps: DatabaseDeps = { database: context.database };
    const notices: NotificationInput[] = [];
    for (const source of sources) {
      notices.push(...(await source(deps, today)));
    }
    const added = await inSystemTransaction(context.database, (tx) => notify(tx, notices));
    return { status: 'succeeded', result: { date: today, notices: notices.length, added } };
  };
}

/** Queues the digest of today (Bangkok) unless one was queued for it already; answers whether it did. */
export async function enqueueDigestIfDue(deps: JobDeps, now = new Date()): Promise<boolean> {
  const today = toBangkokIsoDate(now);
  const queued = await inSystemTransaction(deps.database, async (tx) => {
    const [existing] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.kind, DAILY_DIGEST_JOB), sql`${jobs.input}->>'date' = ${today}`))
      .limit(1);
    if (existing) {
      return false;
    }
    await deps.jobs.enqueue(tx, {
      kind: DAILY_DIGEST_JOB,
      input: { date: today },
      createdBy: null,
      provinceCode: null,
    });
    return true;
  });
  if (queued) {
    deps.jobs.wake();
  }
  return queued;
}

const HOUR_MS = 60 * 60 * 1000;

/** Checks hourly whether today's digest is due (the running server calls this once; stop with the answer). */
export function scheduleDailyDigest(deps: JobDeps): () => void {
  const check = () =>
    void enqueueDigestIfDue(deps).catch((error: unknown) => console.error('daily digest', error));
  const first = setTimeout(check, 60_000);
  const timer = setInterval(check, HOUR_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
