import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/policy.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { JobDeps } from '../../platform/dependencies.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { unsupportedMediaType } from '../../platform/http/errors.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { presentJob } from '../jobs/public.js';
import { INDICATOR_IMPORT_JOB } from './import-job.js';

/** Stores the uploaded file and queues the import job; the job reports progress and each bad row. */
export async function startIndicatorImport(deps: JobDeps, actor: Actor, request: FastifyRequest) {
  authorize(actor, 'indicator.import');
  const file = await readSingleUpload(request, {
    th: 'กรุณาแนบไฟล์ .csv หรือ .xlsx ในช่อง file',
    en: 'Attach a .csv or .xlsx file in the "file" field',
  });
  if (!/\.(csv|txt|xlsx)$/i.test(file.fileName)) {
    throw unsupportedMediaType();
  }
  const job = await inSystemTransaction(deps.database, async (tx) => {
    const fileId = await storeFile(tx, {
      fileName: file.fileName,
      mimeType: file.mimeType,
      content: file.content,
      createdBy: actor.userId,
    });
    return deps.jobs.enqueue(tx, {
      kind: INDICATOR_IMPORT_JOB,
      input: { fileId, fileName: file.fileName },
      createdBy: actor.userId,
      provinceCode: null,
    });
  });
  deps.jobs.wake();
  return presentJob(job);
}
