import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Need } from '../../../domain/needs/need-response.js';
import { decideTransition, type NeedTransitionInput } from '../../../domain/needs/state-machine.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, invalid, staleVersion } from '../../platform/http/errors.js';
import { agencies } from '../agencies/tables.js';
import { loadManageableNeed, type NeedRow } from './access.js';
import { checkLinkTarget, type NeedLinkTargets } from './link-target.js';
import { presentNeed } from './presenter.js';
import { needs } from './tables.js';

type NeedChanges = Partial<typeof needs.$inferInsert>;

const NO_FORWARD: NeedChanges = { forwardedAgencyId: null, forwardedToName: null, forwardReference: null };

async function forwardTarget(
  tx: Queryable,
  input: Extract<NeedTransitionInput, { action: 'forward' }>,
): Promise<NeedChanges> {
  if (!input.agencyId) {
    return {
      forwardedAgencyId: null,
      forwardedToName: input.localGovernmentName ?? null,
      forwardReference: input.reference,
    };
  }
  // Agencies are row-level secured: an agency of a province the actor cannot see is unknown here too.
  const [agency] = await tx
    .select({ id: agencies.id, nameTh: agencies.nameTh })
    .from(agencies)
    .where(eq(agencies.id, input.agencyId));
  if (!agency) {
    throw invalid([{ path: 'agencyId', message: { th: 'ไม่พบหน่วยงานนี้', en: 'Unknown agency' } }]);
  }
  return { forwardedAgencyId: agency.id, forwardedToName: agency.nameTh, forwardReference: input.reference };
}

async function changesFor(
  targets: NeedLinkTargets,
  tx: Queryable,
  actor: Actor,
  need: NeedRow,
  input: NeedTransitionInput,
): Promise<NeedChanges> {
  switch (input.action) {
    case 'screen':
      return {};
    case 'link':
      await checkLinkTarget(targets, tx, actor, need, input);
      return {
        linkedEntityType: input.linkedEntityType,
        linkedEntityId: input.linkedEntityId,
        linkedLabel: input.linkedLabel,
      };
    case 'forward':
      return forwardTarget(tx, input);
    case 'reject':
      return {};
    case 'reopen':
      // The earlier forwarding stays in the audit trail; the need itself is open again.
      return NO_FORWARD;
  }
}

/** Moves a need along its state machine; a move not allowed from the current status is a 409. */
export async function transitionNeed(
  deps: DatabaseDeps,
  targets: NeedLinkTargets,
  actor: Actor,
  id: string,
  expected: number,
  input: NeedTransitionInput,
): Promise<Need> {
  authorize(actor, 'need.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const current: NeedRow = await loadManageableNeed(tx, actor, id);
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const verdict = decideTransition(current.status, input.action);
    if (!verdict.allowed) {
      throw conflict(verdict.message, { currentStatus: current.status });
    }
    const now = new Date();
    const [updated] = await tx
      .update(needs)
      .set({
        ...(await changesFor(targets, tx, actor, current, input)),
        status: verdict.to,
        statusReason: input.reason ?? null,
        statusChangedAt: now,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(eq(needs.id, id))
      .returning();
    if (!updated) {
      throw staleVersion(current.version);
    }
    await recordAudit(tx, actor, {
      entityType: 'need',
      entityId: id,
      action: input.action,
      before: presentNeed(current),
      after: presentNeed(updated),
      reason: input.reason ?? null,
      provinceCode: updated.provinceCode,
    });
    return presentNeed(updated);
  });
}
