import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../domain/auth/policy.js';
import type { PdfOptions, PlanSheet } from '../../../../domain/plans/outputs.js';
import type { DatabaseDeps, JobDeps } from '../../../platform/dependencies.js';
import { authorize } from '../../../platform/auth/authorize.js';
import { inActorTransaction, inSystemTransaction } from '../../../platform/db/transaction.js';
import { writeWorkbook } from '../../../platform/excel/write.js';
import { AppError } from '../../../platform/http/errors.js';
import { readSingleUpload } from '../../../platform/http/upload.js';
import { presentJob } from '../../jobs/public.js';
import { loadEditableVersion, loadVisibleVersion } from '../access.js';
import { safeFileName } from '../../../platform/files/stored-files.js';
import { ITEM_IMPORT_JOB, KPI_IMPORT_JOB } from './import-job.js';
import { approachSheet, ITEM_SHEET_NOTES, itemSheet } from './item-sheet.js';
import { KPI_SHEET_NOTES, kpiSheet } from './kpi-sheet.js';
import { loadPlanDocument } from './load.js';
import { PLAN_PDF_JOB } from './pdf-job.js';
import { periodOf, titleLines } from './plan-document.js';
import { storeFile } from '../../../platform/files/stored-files.js';

/** Queues the plan PDF of a version the actor may read (404 otherwise); the job stores the file. */
export async function startPlanPdf(deps: JobDeps, actor: Actor, versionId: string, options: PdfOptions) {
  authorize(actor, 'plan.read');
  await inActorTransaction(deps.database, actor, (tx) => loadVisibleVersion(tx, actor, versionId));
  const job = await inSystemTransaction(deps.database, (tx) =>
    deps.jobs.enqueue(tx, {
      kind: PLAN_PDF_JOB,
      input: { versionId, options },
      createdBy: actor.userId,
      provinceCode: null,
    }),
  );
  deps.jobs.wake();
  return presentJob(job);
}

/** The KPI sheet or the project-set sheet of a version the actor may read, as .xlsx. */
export async function exportPlanSheet(deps: DatabaseDeps, actor: Actor, versionId: string, which: PlanSheet) {
  authorize(actor, 'plan.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const document = await loadPlanDocument(tx, actor, versionId);
    const { tree, areaNames: names } = document;
    const years = periodOf(document);
    const title = titleLines(document, false).join(' ');
    if (which === 'kpis') {
      const content = await writeWorkbook([kpiSheet(tree, names, years)], {
        notes: { name: 'คำอธิบาย', lines: KPI_SHEET_NOTES },
      });
      return { fileName: safeFileName(`ตัวชี้วัด ${title}.xlsx`), content };
    }
    const content = await writeWorkbook([itemSheet(tree, names, years), approachSheet(tree)], {
      notes: { name: 'คำอธิบาย', lines: ITEM_SHEET_NOTES },
    });
    return { fileName: safeFileName(`บัญชีรายการชุดโครงการ ${title}.xlsx`), content };
  });
}

/**
 * Stores an uploaded KPI or project-set sheet and queues its import. Only a draft the actor may edit
 * takes imports: 404 out of scope, 403 without edit rights, 409 once submitted or approved.
 */
export async function startPlanSheetImport(
  deps: JobDeps,
  actor: Actor,
  versionId: string,
  which: PlanSheet,
  request: FastifyRequest,
) {
  authorize(actor, 'plan.edit');
  await inActorTransaction(deps.database, actor, (tx) => loadEditableVersion(tx, actor, versionId));
  const file = await readSingleUpload(request, {
    th: 'กรุณาแนบไฟล์ .xlsx ในช่อง file',
    en: 'Attach an .xlsx file in the "file" field',
  });
  const { content } = file;
  const lower = file.fileName.toLowerCase();
  if (!lower.endsWith('.xlsx') && !lower.endsWith('.csv')) {
    throw new AppError({
      status: 415,
      code: 'unsupported-file',
      message: {
        th: 'รองรับเฉพาะไฟล์ .xlsx (หรือ .csv ที่มีแถวรหัสคอลัมน์)',
        en: 'Only .xlsx files (or .csv with the key row) are accepted',
      },
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
      kind: which === 'kpis' ? KPI_IMPORT_JOB : ITEM_IMPORT_JOB,
      input: { versionId, fileId: storedId, fileName: file.fileName },
      createdBy: actor.userId,
      provinceCode: null,
    });
  });
  deps.jobs.wake();
  return presentJob(job);
}
