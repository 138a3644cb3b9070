import type { Actor } from '../../../domain/auth/policy.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import type { JobDeps } from '../../platform/dependencies.js';
import { unreadable } from '../../platform/files/sheet.js';
import type { Upload } from '../../platform/http/upload.js';
import { presentJob } from '../jobs/public.js';
import { storeFile } from '../../platform/files/stored-files.js';

export const SPENDING_IMPORT_JOB = 'spending.import';

/** Stores a monthly extract (xlsx, or CSV in UTF-8 or Windows-874) and queues its import job. */
export async function startSpendingImport(deps: JobDeps, actor: Actor, readFile: () => Promise<Upload>) {
  authorize(actor, 'spending.record');
  const file = await readFile();
  if (!/\.(xlsx|csv|txt)$/i.test(file.fileName)) {
    throw unreadable(
      {
        th: 'รองรับไฟล์ Excel (.xlsx) หรือ CSV (UTF-8 หรือ Windows-874) เท่านั้น',
        en: 'Only Excel (.xlsx) or CSV (UTF-8 or Windows-874) files are accepted',
      },
      415,
    );
  }
  const job = await inSystemTransaction(deps.database, async (tx) => {
    const storedId = await storeFile(tx, {
      fileName: file.fileName,
      mimeType: file.mimeType,
      content: file.content,
      createdBy: actor.userId,
    });
    return deps.jobs.enqueue(tx, {
      kind: SPENDING_IMPORT_JOB,
      input: { fileId: storedId, fileName: file.fileName },
      createdBy: actor.userId,
      provinceCode: null,
    });
  });
  deps.jobs.wake();
  return presentJob(job);
}
