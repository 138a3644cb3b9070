import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Job, JobItem, JobItemsFilter } from '../../../domain/jobs/job.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { notFound } from '../../platform/http/errors.js';
import type { JobRecord } from '../../platform/jobs/runner.js';
import { jobItems, jobs } from '../../platform/jobs/tables.js';

const JOB = { th: 'งาน', en: 'Job' };

/** What a client sees of a job. */
export function presentJob(job: JobRecord): Job {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progressDone: job.progressDone,
    progressTotal: job.progressTotal,
    result: job.result ?? null,
    errorTh: job.errorTh,
    errorEn: job.errorEn,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

async function loadOwnJob(deps: DatabaseDeps, actor: Actor, jobId: string): Promise<JobRecord> {
  authorize(actor, 'job.read');
  const job = await inActorTransaction(deps.database, actor, async (tx) => {
    const [row] = await tx.select().from(jobs).where(eq(jobs.id, jobId));
    return row;
  });
  // Jobs are private to whoever started them, except for administrators.
  if (!job || (job.createdBy !== actor.userId && !actor.roles.includes('system_admin'))) {
    throw notFound(JOB);
  }
  return job;
}

export async function getJob(deps: DatabaseDeps, actor: Actor, jobId: string): Promise<Job> {
  return presentJob(await loadOwnJob(deps, actor, jobId));
}

export async function listJobItems(
  deps: DatabaseDeps,
  actor: Actor,
  jobId: string,
  query: JobItemsFilter,
): Promise<{ items: JobItem[] }> {
  await loadOwnJob(deps, actor, jobId);
  const filter =
    query.ok === undefined
      ? eq(jobItems.jobId, jobId)
      : and(eq(jobItems.jobId, jobId), eq(jobItems.ok, query.ok === 'true'));
  const rows = await deps.database.db
    .select()
    .from(jobItems)
    .where(filter)
    .orderBy(asc(jobItems.itemNo))
    .limit(query.limit);
  return {
    items: rows.map((row) => ({
      itemNo: row.itemNo,
      ok: row.ok,
      itemKey: row.itemKey,
      messages: row.messages,
    })),
  };
}
