import { and, asc, count, eq, gt, inArray, isNull, like, type SQL } from 'drizzle-orm';
import { storedFiles } from '../../platform/jobs/tables.js';
import type { PhotoPreviewSource } from './preview-source.js';
import { resultEvidence } from './tables.js';

const previewDue: SQL | undefined = and(
  isNull(resultEvidence.thumbnailFileId),
  isNull(resultEvidence.previewRefusal),
  like(resultEvidence.mimeType, 'image/%'),
);

/** Progress photos kept before uploads were decoded whole, which have no WebP preview. */
export const evidencePhotoPreviews: PhotoPreviewSource = {
  label: { th: 'ภาพความก้าวหน้าโครงการ', en: 'Project progress photo' },
  async countDue(tx) {
    const [due] = await tx.select({ total: count() }).from(resultEvidence).where(previewDue);
    return due?.total ?? 0;
  },
  dueAfter: (tx, after, limit) =>
    tx
      .select({ id: resultEvidence.id, fileName: resultEvidence.fileName, content: storedFiles.content })
      .from(resultEvidence)
      .leftJoin(storedFiles, eq(storedFiles.id, resultEvidence.fileId))
      .where(and(previewDue, after ? gt(resultEvidence.id, after) : undefined))
      .orderBy(asc(resultEvidence.id))
      .limit(limit),
  lockDue: (tx, ids) =>
    tx
      .select({ id: resultEvidence.id, provinceCode: resultEvidence.provinceCode })
      .from(resultEvidence)
      .where(and(inArray(resultEvidence.id, ids), previewDue))
      .for('update'),
  async keep(tx, id, preview) {
    const set =
      'thumbnailFileId' in preview
        ? { thumbnailFileId: preview.thumbnailFileId }
        : { previewRefusal: preview.refusal };
    await tx.update(resultEvidence).set(set).where(eq(resultEvidence.id, id));
  },
};
