import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/policy.js';
import {
  explanationPackRequestSchema,
  explanationPackResultSchema,
  type ExplanationPackRequest,
} from '../../../../domain/budget/pack-request.js';
import type { Job } from '../../../../domain/jobs/job.js';
import type { DatabaseDeps, JobDeps } from '../../../platform/dependencies.js';
import { inActorTransaction, inSystemTransaction } from '../../../platform/db/transaction.js';
import { authorize } from '../../../platform/auth/authorize.js';
import { notFound } from '../../../platform/http/errors.js';
import { jobs } from '../../../platform/jobs/tables.js';
import { presentJob } from '../../jobs/public.js';
import { downloadStoredFile } from '../../../platform/files/stored-files.js';
import { EXPLANATION_PACK_JOB } from './pack-job.js';
import { authorizePack } from './scope.js';

const PACK = { th: 'เอกสารประกอบการชี้แจงงบประมาณ', en: 'Explanation pack' };

/** Checks the actor may have this province's or cluster's pack, then queues the job that makes it. */
export async function startExplanationPack(
  deps: JobDeps,
  actor: Actor,
  request: ExplanationPackRequest,
): Promise<Job> {
  const placement = await inActorTransaction(deps.database, actor, (tx) => authorizePack(tx, actor, request));
  const job = await inSystemTransaction(deps.database, (tx) =>
    deps.jobs.enqueue(tx, {
      kind: EXPLANATION_PACK_JOB,
      input: request,
      createdBy: actor.userId,
      provinceCode: placement.provinceCode,
    }),
  );
  deps.jobs.wake();
  return presentJob(job);
}

/**
 * One file of a finished pack: only for whoever asked for it (or an administrator), and only while
 * they may still read that province's or cluster's budget (403 otherwise); anything else is not found.
 */
export async function downloadPackFile(
  deps: DatabaseDeps,
  actor: Actor,
  jobId: string,
  which: 'pdf' | 'xlsx',
) {
  authorize(actor, 'budget.read');
  const fileId = await inActorTransaction(deps.database, actor, async (tx) => {
    const [job] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, jobId), eq(jobs.kind, EXPLANATION_PACK_JOB)));
    const mine = job && (job.createdBy === actor.userId || actor.roles.includes('system_admin'));
    const request = explanationPackRequestSchema.safeParse(job?.input);
    const result = explanationPackResultSchema.safeParse(job?.result);
    if (!mine || !request.success || !result.success) {
      throw notFound(PACK);
    }
    await authorizePack(tx, actor, request.data);
    return result.data[which].fileId;
  });
  return downloadStoredFile(deps, actor, fileId);
}
