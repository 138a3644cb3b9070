import { and, asc, count, eq, gt, inArray, isNull, like, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import type { Database } from '../../platform/db/client.js';
import type { JobDeps } from '../../platform/dependencies.js';
import { readSitePhoto } from '../../platform/files/photos.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { AppError } from '../../platform/http/errors.js';
import type { JobContext, JobHandler, JobItemReport } from '../../platform/jobs/runner.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { presentJob } from '../jobs/public.js';
import { resultEvidence } from './tables.js';

/**
 * Photos kept before uploads were decoded whole have no WebP preview, so the portal hides them. This
 * job makes the missing previews a batch at a time, and records on a photo that will not decode why
 * it was refused, so it is not tried again and stays hidden.
 */
export const PHOTO_PREVIEW_JOB = 'results.photo-previews';
const BATCH = 20;

const previewDue: SQL | undefined = and(
  isNull(resultEvidence.thumbnailFileId),
  isNull(resultEvidence.previewRefusal),
  like(resultEvidence.mimeType, 'image/%'),
);

const UNREADABLE: Bilingual = {
  th: 'อ่านไฟล์ภาพไม่ได้ จึงทำภาพย่อไม่ได้',
  en: 'The photo could not be read, so no preview was made',
};

type Made = { id: string; outcome: { thumbnail: Buffer } | { refusal: Bilingual } };

/** A preview of each photo of the batch, or why there is none; decoded outside any transaction. */
async function previewsOf(batch: { id: string; content: Buffer | null }[]): Promise<Made[]> {
  const made: Made[] = [];
  for (const photo of batch) {
    try {
      if (!photo.content) {
        throw new AppError({ status: 415, code: 'photo-missing', message: UNREADABLE });
      }
      made.push({ id: photo.id, outcome: { thumbnail: (await readSitePhoto(photo.content)).thumbnail } });
    } catch (error) {
      made.push({
        id: photo.id,
        outcome: { refusal: error instanceof AppError ? error.messages : UNREADABLE },
      });
    }
  }
  return made;
}

/** Saves one batch's previews and refusals on the photos still waiting for one (a photo may have gone). */
async function saveBatch(database: Database, made: Made[]): Promise<void> {
  await inSystemTransaction(database, async (tx) => {
    const waiting = await tx
      .select({ id: resultEvidence.id, provinceCode: resultEvidence.provinceCode })
      .from(resultEvidence)
      .where(
        and(
          inArray(
            resultEvidence.id,
            made.map((photo) => photo.id),
          ),
          previewDue,
        ),
      )
      .for('update');
    const provinceOf = new Map(waiting.map((row) => [row.id, row.provinceCode]));
    for (const { id, outcome } of made) {
      if (!provinceOf.has(id)) {
        continue;
      }
      const set =
        'thumbnail' in outcome
          ? {
              thumbnailFileId: await storeFile(tx, {
                fileName: 'thumbnail.webp',
                mimeType: 'image/webp',
                content: outcome.thumbnail,
                createdBy: null,
                provinceCode: provinceOf.get(id) ?? null,
              }),
            }
          : { previewRefusal: outcome.refusal };
      await tx.update(resultEvidence).set(set).where(eq(resultEvidence.id, id));
    }
  });
}

/** Works through the photos due a preview in id order, reporting progress and each refusal. */
export async function makeMissingPreviews({ database, reportProgress, reportItems }: JobContext) {
  const [due] = await inSystemTransaction(database, (tx) =>
    tx.select({ total: count() }).from(resultEvidence).where(previewDue),
  );
  const total = due?.total ?? 0;
  const refused: JobItemReport[] = [];
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const batch = await inSystemTransaction(database, (tx) =>
      tx
        .select({ id: resultEvidence.id, content: storedFiles.content })
        .from(resultEvidence)
        .leftJoin(storedFiles, eq(storedFiles.id, resultEvidence.fileId))
        .where(and(previewDue, after ? gt(resultEvidence.id, after) : undefined))
        .orderBy(asc(resultEvidence.id))
        .limit(BATCH),
    );
    if (batch.length === 0) {
      break;
    }
    const made = await previewsOf(batch);
    await saveBatch(database, made);
    for (const [index, { id, outcome }] of made.entries()) {
      if ('refusal' in outcome) {
        refused.push({ itemNo: done + index + 1, ok: false, itemKey: id, messages: [outcome.refusal] });
      }
    }
    done += batch.length;
    after = batch.at(-1)?.id ?? null;
    await reportProgress(done, Math.max(total, done));
  }
  if (refused.length > 0) {
    await reportItems(refused);
  }
  return { made: done - refused.length, refused: refused.length };
}

export const photoPreviewJob: JobHandler = async (context) => ({
  status: 'succeeded',
  result: await makeMissingPreviews(context),
});

/** POST /results/photo-previews: make the previews photos kept before the decode check lack (administrators). */
export async function startPhotoPreviews(deps: JobDeps, actor: Actor) {
  authorize(actor, 'result.configure');
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
