import { planPdfOptionsSchema, type PdfJobResult } from '../../../../domain/plans/outputs.js';
import { loadActor } from '../../../platform/auth/actor.js';
import { inActorTransaction } from '../../../platform/db/transaction.js';
import { AppError } from '../../../platform/http/errors.js';
import type { JobContext, JobOutcome } from '../../../platform/jobs/runner.js';
import { renderPdf } from '../../../platform/pdf/render.js';
import { MEDIA_TYPES } from '../../../platform/http/responses.js';
import { safeFileName, storeFile } from '../../../platform/files/stored-files.js';
import { loadPlanPdfDocument } from './load.js';
import type { IssueEvidenceReader } from './pdf-evidence.js';
import { titleLines, type PlanPdfOptions } from './plan-document.js';
import { planPdfHtml } from './plan-pdf.js';

export const PLAN_PDF_JOB = 'plans.pdf';

const STEPS = 3;

/** Renders a plan version to PDF under the requester's scope (load → render → store) and keeps the file. */
export async function runPlanPdf(context: JobContext, evidenceOf: IssueEvidenceReader): Promise<JobOutcome> {
  const { job, database } = context;
  const options: PlanPdfOptions = planPdfOptionsSchema.parse(job.input.options ?? {});
  if (!job.createdBy) {
    return { status: 'failed', result: {}, error: { th: 'ไม่พบผู้ขอเอกสาร', en: 'The requester is unknown' } };
  }
  try {
    await context.reportProgress(0, STEPS);
    const actor = await loadActor(database.db, job.createdBy);
    const document = await inActorTransaction(database, actor, (tx) =>
      loadPlanPdfDocument(tx, actor, String(job.input.versionId ?? ''), evidenceOf),
    );
    await context.reportProgress(1, STEPS);
    const pdf = await renderPdf(planPdfHtml(document, options), {
      pageNumbers: options.thaiDigits ? 'thai' : 'arabic',
      skipFirstPageNumber: true,
    });
    await context.reportProgress(2, STEPS);
    const fileName = safeFileName(`${titleLines(document, false).join(' ')}.pdf`);
    const fileId = await storeFile(database.db, {
      fileName,
      mimeType: MEDIA_TYPES.pdf,
      content: pdf,
      createdBy: job.createdBy,
    });
    await context.reportProgress(STEPS, STEPS);
    return {
      status: 'succeeded',
      result: {
        fileId,
        fileName,
        sizeBytes: pdf.length,
        downloadUrl: `/api/v1/files/${fileId}`,
      } satisfies PdfJobResult,
    };
  } catch (error) {
    if (error instanceof AppError) {
      return { status: 'failed', result: { code: error.code }, error: error.messages };
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      status: 'failed',
      result: {},
      error: { th: `สร้างไฟล์ PDF ไม่สำเร็จ: ${detail}`, en: `The PDF could not be produced: ${detail}` },
    };
  }
}
