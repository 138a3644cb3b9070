import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { PhotoPreviewResult } from '../../../domain/results/photo-previews.js';
import type { Database } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { readSitePhoto } from '../../platform/files/photos.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { AppError } from '../../platform/http/errors.js';
import type { JobContext, JobHandler, JobItemReport } from '../../platform/jobs/runner.js';
import { checkPhotoPreviews } from '../assets/public.js';
import { evidencePhotoPreviews } from './evidence-previews.js';
import type { PhotoPreviewSource } from './preview-source.js';

/**
 * Photos kept before uploads were decoded whole (progress photos before results migration 0004,
 * yearly check photos before assets migration 0005) have no WebP preview, so the portal and the
 * asset page hide them. This job makes the missing previews a batch at a time, and records on a
 * photo that will not decode why it was refused, so it is not tried again and stays hidden.
 */
export const PHOTO_PREVIEW_JOB = 'results.photo-previews';
const BATCH = 20;
const SOURCES: PhotoPreviewSource[] = [evidencePhotoPreviews, checkPhotoPreviews];

const UNREADABLE: Bilingual = {
  th: 'อ่านไฟล์ภาพไม่ได้ จึงทำภาพย่อไม่ได้',
  en: 'The photo could not be read, so no preview was made',
};
const MADE: Bilingual = { th: 'ทำภาพย่อแล้ว', en: 'Preview made' };
const SKIPPED: Bilingual = {
  th: 'ข้ามไป: ภาพถูกลบหรือมีภาพย่อแล้วระหว่างที่ระบบทำงาน',
  en: 'Skipped: the photo was removed or given a preview meanwhile',
};

type Made = { id: string; fileName: string | null; outcome: { thumbnail: Buffer } | { refusal: Bilingual } };

/** A preview of each photo of the batch, or why there is none; decoded outside any transaction. */
async function previewsOf(batch: { id: string; fileName: string | null; content: Buffer | null }[]) {
  const made: Made[] = [];
  for (const { id, fileName, content } of batch) {
    try {
      if (!content) {
        throw new AppError({ status: 415, code: 'photo-missing', message: UNREADABLE });
      }
      made.push({ id, fileName, outcome: { thumbnail: (await readSitePhoto(content)).thumbnail } });
    } catch (error) {
      made.push({
        id,
        fileName,
        outcome: { refusal: error instanceof AppError ? error.messages : UNREADABLE },
      });
    }
  }
  return made;
}

/**
 * Keeps one batch's previews and refusals on the photos still due one, in one transaction; returns
 * the ids it kept, so a photo removed or previewed meanwhile is not reported as made.
 */
async function saveBatch(database: Database, source: PhotoPreviewSource, made: Made[]): Promise<Set<string>> {
  return inSystemTransaction(database, async (tx) => {
    const due = await source.lockDue(
      tx,
      made.map((photo) => photo.id),
    );
    const provinceOf = new Map(due.map((row) => [row.id, row.provinceCode]));
    for (const { id, outcome } of made) {
      const provinceCode = provinceOf.get(id);
      if (provinceCode === undefined) {
        continue;
      }
      const preview =
        'thumbnail' in outcome
          ? {
              thumbnailFileId: await storeFile(tx, {
                fileName: 'thumbnail.webp',
                mimeType: 'image/webp',
                content: outcome.thumbnail,
                createdBy: null,
                provinceCode,
              }),
            }
          : outcome;
      await source.keep(tx, id, preview);
    }
    return new Set(provinceOf.keys());
  });
}

/** One line of the per-photo report: which photo, and its preview made or why it was refused. */
function reportLine(
  source: PhotoPreviewSource,
  itemNo: number,
  { id, fileName, outcome }: Made,
  kept: boolean,
): JobItemReport {
  const said = !kept ? SKIPPED : 'refusal' in outcome ? outcome.refusal : MADE;
  const named = fileName ? ` ${fileName}` : '';
  return {
    itemNo,
    ok: !kept || 'thumbnail' in outcome,
    itemKey: id,
    messages: [
      { th: `${source.label.th}${named}: ${said.th}`, en: `${source.label.en}${named}: ${said.en}` },
    ],
  };
}

/**
 * Works through each source's photos due a preview in id order, `batchSize` at a time, reporting
 * progress after each batch and every photo's outcome.
 */
export async function makeMissingPreviews(
  context: Pick<JobContext, 'database' | 'reportProgress' | 'reportItems'>,
  batchSize = BATCH,
  sources: readonly PhotoPreviewSource[] = SOURCES,
): Promise<PhotoPreviewResult> {
  const total = await inSystemTransaction(context.database, async (tx) => {
    let due = 0;
    for (const source of sources) {
      due += await source.countDue(tx);
    }
    return due;
  });
  const report: JobItemReport[] = [];
  let made = 0;
  let refused = 0;
  for (const source of sources) {
    let after: string | null = null;
    for (;;) {
      const batch = await inSystemTransaction(context.database, (tx) =>
        source.dueAfter(tx, after, batchSize),
      );
      if (batch.length === 0) {
        break;
      }
      const previews = await previewsOf(batch);
      const kept = await saveBatch(context.database, source, previews);
      for (const photo of previews) {
        const isKept = kept.has(photo.id);
        made += isKept && 'thumbnail' in photo.outcome ? 1 : 0;
        refused += isKept && 'refusal' in photo.outcome ? 1 : 0;
        report.push(reportLine(source, report.length + 1, photo, isKept));
      }
      after = batch.at(-1)?.id ?? null;
      await context.reportProgress(report.length, Math.max(total, report.length));
    }
  }
  if (report.length > 0) {
    await context.reportItems(report);
  }
  return { made, refused };
}

export const photoPreviewJob: JobHandler = async (context) => ({
  status: 'succeeded',
  result: await makeMissingPreviews(context),
});
