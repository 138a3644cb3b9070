import { packTitleLines } from '../../../../domain/budget/pack-document.js';
import {
  explanationPackRequestSchema,
  type ExplanationPackResult,
} from '../../../../domain/budget/pack-request.js';
import { loadActor } from '../../../platform/auth/actor.js';
import { inActorTransaction } from '../../../platform/db/transaction.js';
import { MEDIA_TYPES } from '../../../platform/http/responses.js';
import { jobFailed } from '../../../platform/jobs/outcomes.js';
import type { JobContext, JobOutcome } from '../../../platform/jobs/runner.js';
import { renderPdf } from '../../../platform/pdf/render.js';
import { safeFileName, storeFile } from '../../../platform/files/stored-files.js';
import { loadPackDocument } from './pack-load.js';
import { packPdfHtml } from './pack-pdf.js';
import { packWorkbook } from './pack-workbook.js';

export const EXPLANATION_PACK_JOB = 'budget.explanation-pack';

const STEPS = 4;

/**
 * Makes the pack under the requester's scope, checked again when the job runs: load the projects and
 * stage amounts → render the PDF → write the workbook → store both files.
 */
export async function runExplanationPack(context: JobContext): Promise<JobOutcome> {
  const { job, database } = context;
  const request = explanationPackRequestSchema.safeParse(job.input);
  if (!job.createdBy || !request.success) {
    return jobFailed({ th: 'คำขอสร้างเอกสารไม่ถูกต้อง', en: 'The pack request is not valid' });
  }
  const createdBy = job.createdBy;
  await context.reportProgress(0, STEPS);
  const actor = await loadActor(database.db, createdBy);
  const document = await inActorTransaction(database, actor, (tx) =>
    loadPackDocument(tx, actor, request.data),
  );
  await context.reportProgress(1, STEPS);
  const { thaiDigits, thaiDigitsInTables } = request.data;
  const pdf = await renderPdf(packPdfHtml(document, { thaiDigits, thaiDigitsInTables }), {
    pageNumbers: thaiDigits ? 'thai' : 'arabic',
    skipFirstPageNumber: true,
  });
  await context.reportProgress(2, STEPS);
  const title = packTitleLines(document).join(' ');
  const xlsx = await packWorkbook(document, title);
  await context.reportProgress(3, STEPS);
  const store = async (content: Buffer, which: 'pdf' | 'xlsx') => {
    const fileName = safeFileName(`${title}.${which}`);
    const fileId = await storeFile(database.db, {
      fileName,
      mimeType: MEDIA_TYPES[which],
      content,
      createdBy,
    });
    return {
      fileId,
      fileName,
      sizeBytes: content.length,
      downloadUrl: `/api/v1/explanation-packs/${job.id}/${which}`,
    };
  };
  const pdfFile = await store(pdf, 'pdf');
  const xlsxFile = await store(xlsx, 'xlsx');
  await context.reportProgress(STEPS, STEPS);
  const result: ExplanationPackResult = {
    pdf: pdfFile,
    xlsx: xlsxFile,
    projectCount: document.summary.projectCount,
    grandTotalSatang: String(document.summary.grandTotal),
    grandTotalText: document.summary.grandTotalText,
  };
  return { status: 'succeeded', result };
}
