import type { Actor } from '../../../../domain/auth/policy.js';
import { EMPTY_SCOPE, NATIONAL_SCOPE } from '../../../../domain/auth/scope.js';
import { inActorReadTransaction } from '../../../platform/db/transaction.js';
import type { Database } from '../../../platform/db/client.js';
import { renderPdf } from '../../../platform/pdf/render.js';
import { safeFileName } from '../../../platform/files/stored-files.js';
import { loadPlanPdfDocument } from './load.js';
import type { IssueEvidenceReader } from './pdf-evidence.js';
import { DEFAULT_PDF_OPTIONS, titleLines } from './plan-document.js';
import { planPdfHtml } from './plan-pdf.js';

/**
 * Who reads a plan for its public copy: no person, a national read-only view. The caller (the
 * portal) has already checked through the public read path that the version is published.
 */
const PUBLIC_COPY_READER: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  roles: ['central_analyst'],
  captureScope: EMPTY_SCOPE,
  viewScope: NATIONAL_SCOPE,
};

/**
 * The official PDF of a plan version as the public may have it: the same document, except that the
 * approval history names no one who recorded a step and carries no recorder's note.
 */
export async function publicPlanPdf(
  database: Database,
  versionId: string,
  evidenceOf: IssueEvidenceReader,
): Promise<{ fileName: string; content: Buffer }> {
  const document = await inActorReadTransaction(database, PUBLIC_COPY_READER, (tx) =>
    loadPlanPdfDocument(tx, PUBLIC_COPY_READER, versionId, evidenceOf),
  );
  const approvals = document.tree.approvals.map((event) => ({
    ...event,
    actorUserId: null,
    actorName: null,
    reason: null,
  }));
  const publicDocument = { ...document, tree: { ...document.tree, approvals } };
  const content = await renderPdf(planPdfHtml(publicDocument, DEFAULT_PDF_OPTIONS), {
    pageNumbers: 'thai',
    skipFirstPageNumber: true,
  });
  return { fileName: safeFileName(`${titleLines(document, false).join(' ')}.pdf`), content };
}
