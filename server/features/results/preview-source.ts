import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { Queryable } from '../../platform/db/client.js';

/** What the job keeps on a photo: its stored preview, or why none could be made. */
export type KeptPreview = { thumbnailFileId: string } | { refusal: Bilingual };

/**
 * One kind of kept photo the preview job works through (progress photos, asset check photos), in
 * id order. The job decodes a batch outside any transaction, then in one system transaction locks
 * the photos still due (one may have gone or been previewed meanwhile) and keeps each outcome.
 */
export type PhotoPreviewSource = {
  /** What the job's per-photo report calls these photos. */
  label: Bilingual;
  countDue(tx: Queryable): Promise<number>;
  /** The next photos due after `after`: their kept bytes (null when the file is gone) and name. */
  dueAfter(
    tx: Queryable,
    after: string | null,
    limit: number,
  ): Promise<{ id: string; fileName: string | null; content: Buffer | null }[]>;
  lockDue(tx: Queryable, ids: string[]): Promise<{ id: string; provinceCode: string }[]>;
  keep(tx: Queryable, id: string, preview: KeptPreview): Promise<void>;
};
