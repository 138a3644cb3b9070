import type { ApprovalDocumentType } from '../../../domain/approvals/chain.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { loadVisibleActionPlan, moveActionPlan } from '../action-plans/public.js';
import { loadVisibleVersion, moveVersion } from '../plans/public.js';

/** What an agenda shows of a document in the approval chain, and the row version a move is based on. */
export type DocumentSummary = { title: string; status: string; version: number };

/** The title and standing of a plan version or action plan the actor can see (404 otherwise). */
export async function describeDocument(
  tx: Queryable,
  actor: Actor,
  type: ApprovalDocumentType,
  id: string,
): Promise<DocumentSummary> {
  if (type === 'plan_version') {
    const { plan, version } = await loadVisibleVersion(tx, actor, id);
    const which =
      version.kind === 'review' && version.reviewFiscalYear !== null
        ? `ฉบับทบทวน ประจำปีงบประมาณ พ.ศ. ${version.reviewFiscalYear}`
        : `ฉบับที่ ${version.versionNo}`;
    return { title: `${plan.title} ${which}`, status: version.status, version: version.version };
  }
  const { plan } = await loadVisibleActionPlan(tx, actor, id);
  return {
    title: `แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ${plan.fiscalYear} (${plan.budgetUnit}) ฉบับที่ ${plan.versionNo}`,
    status: plan.status,
    version: plan.version,
  };
}

export type CommitteeMove = {
  action: string;
  meetingId: string;
  meetingNo: string;
  meetingDate: string;
  reason: string | null;
};

/**
 * Takes the document's approval step through its own feature's service, in the caller's
 * transaction, with the meeting as its reference; answers the approval event's id.
 */
export async function moveDocument(
  tx: Queryable,
  actor: Actor,
  type: ApprovalDocumentType,
  id: string,
  expected: number,
  move: CommitteeMove,
): Promise<string | null> {
  const result =
    type === 'plan_version'
      ? await moveVersion(tx, actor, id, expected, move)
      : await moveActionPlan(tx, actor, id, expected, move);
  return result.event?.id ?? null;
}
