import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/policy.js';
import type { JobDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { presentJob } from '../jobs/public.js';
import { VILLAGE_IMPORT_JOB } from './village-import.js';
import { storeFile } from '../../platform/files/stored-files.js';

/** Stores the uploaded file and queues the import job; the job reports progress and rows. */
export async function startVillageImport(deps: JobDeps, actor: Actor, request: FastifyRequest) {
  authorize(actor, 'area.importVillages');
  const file = await readSingleUpload(request, {
    th: 'กรุณาแนบไฟล์ .csv หรือ .xlsx ในช่อง file',
    en: 'Attach a .csv or .xlsx file in the "file" field',
  });
  const { content } = file;
  const lower = file.fileName.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx') && !lower.endsWith('.txt')) {
    throw new AppError({
      status: 415,
      code: 'unsupported-file',
      message: { th: 'รองรับเฉพาะไฟล์ .csv และ .xlsx', en: 'Only .csv and .xlsx files are accepted' },
    });
  }
  const job = await inSystemTransaction(deps.database, async (tx) => {
    const storedId = await storeFile(tx, {
      fileName: file.fileName,
      mimeType: file.mimeType,
      content,
      createdBy: actor.userId,
    });
    return deps.jobs.enqueue(tx, {
      kind: VILLAGE_IMPORT_JOB,
      input: { fileId: storedId, fileName: file.fileName },
      createdBy: actor.userId,
      provinceCode: null,
    });
  });
  deps.jobs.wake();
  return presentJob(job);
}
