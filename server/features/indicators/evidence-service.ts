import type { Actor } from '../../../domain/auth/policy.js';
import type { CitationInput, Evidence } from '../../../domain/indicators/evidence.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound } from '../../platform/http/errors.js';
import { loadManageableNeed, loadVisibleNeed } from '../needs/public.js';
import { issuePlacement } from '../plans/public.js';
import {
  deleteNeedEvidence,
  EVIDENCE_WORDS,
  insertIssueEvidence,
  insertNeedEvidence,
} from './evidence-cite.js';
import { evidenceOf } from './evidence-read.js';

const ISSUE = { th: 'ประเด็นการพัฒนา', en: 'Development issue' };

const listOf = async (tx: Queryable, subject: 'need' | 'plan_issue', id: string) => ({
  items: (await evidenceOf(tx, subject, [id])).get(id) ?? [],
});

/** The evidence a need cites. */
export async function needEvidenceList(deps: DatabaseDeps, actor: Actor, needId: string) {
  authorize(actor, 'need.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    await loadVisibleNeed(tx, actor, needId);
    return listOf(tx, 'need', needId);
  });
}

/** Cites indicator figures on a need (as they are now); returns the need's whole evidence. */
export async function citeNeedEvidence(
  deps: DatabaseDeps,
  actor: Actor,
  needId: string,
  citations: CitationInput[],
): Promise<{ items: Evidence[] }> {
  authorize(actor, 'need.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const need = await loadManageableNeed(tx, actor, needId);
    const ids = await insertNeedEvidence(tx, need, citations, actor.userId);
    for (const id of ids) {
      await recordAudit(tx, actor, {
        entityType: 'need_evidence',
        entityId: id,
        action: 'create',
        provinceCode: need.provinceCode,
      });
    }
    return listOf(tx, 'need', needId);
  });
}

/** Removes one citation from a need. */
export async function removeNeedEvidence(
  deps: DatabaseDeps,
  actor: Actor,
  needId: string,
  citationId: string,
) {
  authorize(actor, 'need.manage');
  await inActorTransaction(deps.database, actor, async (tx) => {
    const need = await loadManageableNeed(tx, actor, needId);
    if (!(await deleteNeedEvidence(tx, needId, citationId))) {
      throw notFound(EVIDENCE_WORDS);
    }
    await recordAudit(tx, actor, {
      entityType: 'need_evidence',
      entityId: citationId,
      action: 'delete',
      provinceCode: need.provinceCode,
    });
  });
}

/** The evidence a development issue cites. */
export async function issueEvidenceList(deps: DatabaseDeps, actor: Actor, issueId: string) {
  authorize(actor, 'plan.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    if (!(await issuePlacement(tx, actor, issueId, { edit: false }))) {
      throw notFound(ISSUE);
    }
    return listOf(tx, 'plan_issue', issueId);
  });
}

/** Cites indicator figures on a development issue of a draft plan version. */
export async function citeIssueEvidence(
  deps: DatabaseDeps,
  actor: Actor,
  issueId: string,
  citations: CitationInput[],
): Promise<{ items: Evidence[] }> {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const placement = await issuePlacement(tx, actor, issueId, { edit: true });
    if (!placement) {
      throw notFound(ISSUE);
    }
    const ids = await insertIssueEvidence(tx, { id: issueId, ...placement }, citations, actor.userId);
    for (const id of ids) {
      await recordAudit(tx, actor, {
        entityType: 'plan_issue_evidence',
        entityId: id,
        action: 'create',
        provinceCode: placement.provinceCode,
      });
    }
    return listOf(tx, 'plan_issue', issueId);
  });
}
