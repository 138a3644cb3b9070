import { and, asc, count, eq, gt, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { Queryable } from '../../platform/db/client.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { assetChecks } from './check-tables.js';

const previewDue: SQL | undefined = and(
  isNotNull(assetChecks.photoFileId),
  isNull(assetChecks.photoThumbnailFileId),
  isNull(assetChecks.photoPreviewRefusal),
);

/**
 * Check photos kept before previews were made on upload (assets migration 0005) have none, so the
 * asset page shows no picture of them. The photo preview job of results makes them through this,
 * in its system transactions: the photos due in id order, then locked, then each outcome kept.
 */
export const checkPhotoPreviews = {
  label: { th: 'ภาพการตรวจสอบพัสดุประจำปี', en: 'Yearly asset check photo' },
  async countDue(tx: Queryable): Promise<number> {
    const [due] = await tx.select({ total: count() }).from(assetChecks).where(previewDue);
    return due?.total ?? 0;
  },
  dueAfter: (tx: Queryable, after: string | null, limit: number) =>
    tx
      .select({ id: assetChecks.id, fileName: storedFiles.fileName, content: storedFiles.content })
      .from(assetChecks)
      .leftJoin(storedFiles, eq(storedFiles.id, assetChecks.photoFileId))
      .where(and(previewDue, after ? gt(assetChecks.id, after) : undefined))
      .orderBy(asc(assetChecks.id))
      .limit(limit),
  lockDue: (tx: Queryable, ids: string[]) =>
    tx
      .select({ id: assetChecks.id, provinceCode: assetChecks.provinceCode })
      .from(assetChecks)
      .where(and(inArray(assetChecks.id, ids), previewDue))
      .for('update'),
  async keep(
    tx: Queryable,
    id: string,
    preview: { thumbnailFileId: string } | { refusal: Bilingual },
  ): Promise<void> {
    const set =
      'thumbnailFileId' in preview
        ? { photoThumbnailFileId: preview.thumbnailFileId }
        : { photoPreviewRefusal: preview.refusal };
    await tx.update(assetChecks).set(set).where(eq(assetChecks.id, id));
  },
};
