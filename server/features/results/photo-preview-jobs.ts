import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { LatestPhotoPreviewJob } from '../../../domain/results/photo-previews.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction, inSystemTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps, JobDeps } from '../../platform/dependencies.js';
import { jobs } from '../../platform/jobs/tables.js';
import { presentJob } from '../jobs/public.js';
import { PHOTO_PREVIEW_JOB } from './photo-previews.js';

/** Who may make the missing previews, and so see how the last run went (administrators). */
const MAY_MAKE_PREVIEWS = 'result.configure';

/** POST /results/photo-previews: make the previews older photos lack. */
export async function startPhotoPreviews(deps: JobDeps, actor: Actor) {
  authorize(actor, MAY_MAKE_PREVIEWS);
  const job = await inSystemTransaction(deps.database, (tx) =>
    deps.jobs.enqueue(tx, {
      kind: PHOTO_PREVIEW_JOB,
      input: {},
      createdBy: actor.userId,
      provinceCode: null,
    }),
  );
  deps.jobs.wake();
  return { job: presentJob(job) };
}

/**
 * GET /results/photo-previews/latest: the run started last, by any administrator, so a page opened
 * again shows its progress or its report; none before the first run.
 */
export async function latestPhotoPreviewJob(
  deps: DatabaseDeps,
  actor: Actor,
): Promise<LatestPhotoPreviewJob> {
  authorize(actor, MAY_MAKE_PREVIEWS);
  const [job] = await inActorTransaction(deps.database, actor, (tx) =>
    tx
      .select()
      .from(jobs)
      .where(eq(jobs.kind, PHOTO_PREVIEW_JOB))
      .orderBy(desc(jobs.createdAt), desc(jobs.id))
      .limit(1),
  );
  return { job: job ? presentJob(job) : null };
}
