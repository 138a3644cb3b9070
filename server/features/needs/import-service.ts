import { asc } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps, JobDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction, inSystemTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';
import type { Upload } from '../../platform/http/upload.js';
import { presentJob } from '../jobs/public.js';
import { NEED_IMPORT_JOB } from './import-job.js';
import { writeNeedWorkbook } from './sheet.js';
import { needDimensions } from './tables.js';
import { storeFile } from '../../platform/files/stored-files.js';

/** The empty import template with the lists sheet. */
export async function needImportTemplate(deps: DatabaseDeps, actor: Actor): Promise<Buffer> {
  authorize(actor, 'need.read');
  const dimensions = await inActorTransaction(deps.database, actor, (tx) =>
    tx.select().from(needDimensions).orderBy(asc(needDimensions.sortOrder)),
  );
  return writeNeedWorkbook([], dimensions);
}

/** Stores the uploaded workbook and queues the import job; the job reports progress and rows. */
export async function startNeedImport(deps: JobDeps, actor: Actor, readFile: () => Promise<Upload>) {
  authorize(actor, 'need.manage');
  const file = await readFile();
  if (!file.fileName.toLowerCase().endsWith('.xlsx')) {
    throw new AppError({
      status: 415,
      code: 'unsupported-file',
      message: {
        th: 'รองรับเฉพาะไฟล์ Excel (.xlsx) ตามแม่แบบ',
        en: 'Only Excel (.xlsx) files made from the template are accepted',
      },
    });
  }
  const job = await inSystemTransaction(deps.database, async (tx) => {
    const storedId = await storeFile(tx, {
      fileName: file.fileName,
      mimeType: file.mimeType,
      content: file.content,
      createdBy: actor.userId,
    });
    return deps.jobs.enqueue(tx, {
      kind: NEED_IMPORT_JOB,
      input: { fileId: storedId, fileName: file.fileName },
      createdBy: actor.userId,
      provinceCode: null,
    });
  });
  deps.jobs.wake();
  return presentJob(job);
}
