import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/policy.js';
import { PROJECT_SHEET_IDENTITY } from '../../../domain/projects/sheet.js';
import { presentJob } from '../jobs/public.js';
import { loadActor } from '../../platform/auth/actor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction, inSystemTransaction } from '../../platform/db/transaction.js';
import type { JobDeps } from '../../platform/dependencies.js';
import { readSheetRecords, rowsUnderKeyRow } from '../../platform/files/sheet.js';
import { AppError } from '../../platform/http/errors.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { controlCharacterItems, jobFailed, rowsRejected } from '../../platform/jobs/outcomes.js';
import type { JobContext, JobOutcome } from '../../platform/jobs/runner.js';
import { checkImportRows, type ImportVerdict } from './import-rows.js';
import { projectWrites, saveProjectWrites } from './import-save.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { storedFiles } from '../../platform/jobs/tables.js';

export const PROJECT_IMPORT_JOB = 'projects.importSheet';

/** Stores an uploaded project workbook and queues its import; the right is checked before reading it. */
export async function startProjectImport(deps: JobDeps, actor: Actor, request: FastifyRequest) {
  authorize(actor, 'project.edit');
  const file = await readSingleUpload(request, {
    th: 'กรุณาแนบไฟล์ .xlsx ในช่อง file',
    en: 'Attach an .xlsx file in the "file" field',
  });
  const lower = file.fileName.toLowerCase();
  if (!lower.endsWith('.xlsx') && !lower.endsWith('.csv')) {
    throw new AppError({
      status: 415,
      code: 'unsupported-file',
      message: { th: 'รองรับเฉพาะไฟล์ .xlsx หรือ .csv', en: 'Only .xlsx or .csv files are accepted' },
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
      kind: PROJECT_IMPORT_JOB,
      input: { fileId: storedId, fileName: file.fileName },
      createdBy: actor.userId,
      provinceCode: null,
    });
  });
  deps.jobs.wake();
  return presentJob(job);
}

function report(verdict: ImportVerdict, saved: boolean) {
  if (verdict.messages.length > 0) {
    return { itemNo: verdict.rowNumber, ok: false, itemKey: verdict.key, messages: verdict.messages };
  }
  const message =
    verdict.changed.length === 0
      ? { th: 'ไม่มีการเปลี่ยนแปลง', en: 'No change' }
      : saved
        ? { th: `ปรับปรุง: ${verdict.changed.join(', ')}`, en: `Updated: ${verdict.changed.join(', ')}` }
        : {
            th: `จะปรับปรุง: ${verdict.changed.join(', ')} (ไม่ได้บันทึก)`,
            en: `Would update: ${verdict.changed.join(', ')} (not saved)`,
          };
  return { itemNo: verdict.rowNumber, ok: true, itemKey: verdict.key, messages: [message] };
}

/**
 * Re-imports an edited project list: every row is checked, and only when none is wrong are the changes
 * saved, all or nothing in short batches (see `saveProjectWrites`). Rows are matched by fiscal year,
 * budget unit and code; never created.
 */
export async function runProjectImport(context: JobContext): Promise<JobOutcome> {
  const { job, database } = context;
  const [file] = await database.db
    .select()
    .from(storedFiles)
    .where(eq(storedFiles.id, String(job.input.fileId ?? '')));
  if (!file || !job.createdBy) {
    return jobFailed({ th: 'ไม่พบไฟล์ที่นำเข้า', en: 'The uploaded file is gone' });
  }
  try {
    const rows = rowsUnderKeyRow(
      await readSheetRecords(file.fileName, file.content),
      PROJECT_SHEET_IDENTITY,
    ).filter((row) => Object.values(row.values).some((value) => value.trim() !== ''));
    await context.reportProgress(0, rows.length);
    const unsafe = await controlCharacterItems(rows);
    if (unsafe.length > 0) {
      await context.reportItems(unsafe);
      return rowsRejected(unsafe.length, rows.length);
    }
    const actor = await loadActor(database.db, job.createdBy);
    const verdicts = await inActorTransaction(database, actor, (tx) => checkImportRows(tx, actor, rows));
    const saved = verdicts.every((verdict) => verdict.messages.length === 0);
    if (saved) {
      await saveProjectWrites(context, actor, projectWrites(verdicts));
    }
    const outcome = { verdicts, saved };
    await context.reportItems(outcome.verdicts.map((verdict) => report(verdict, outcome.saved)));
    await context.reportProgress(rows.length, rows.length);
    const bad = outcome.verdicts.filter((verdict) => verdict.messages.length > 0).length;
    const changed = outcome.saved
      ? outcome.verdicts.filter((verdict) => verdict.changed.length > 0).length
      : 0;
    const summary = {
      totalRows: rows.length,
      failedRows: bad,
      changedRows: changed,
      unchangedRows: outcome.saved ? rows.length - changed : 0,
    };
    return outcome.saved
      ? { status: 'succeeded', result: summary }
      : { ...rowsRejected(bad, rows.length), result: summary };
  } catch (error) {
    if (error instanceof AppError) {
      return jobFailed(error.messages, { code: error.code });
    }
    throw error;
  }
}
