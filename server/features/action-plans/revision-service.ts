import { and, desc, eq } from 'drizzle-orm';
import { isActionPlanApproved } from '../../../domain/action-plans/action-plan.js';
import type { ActionPlanSummary, RevisionDiffView } from '../../../domain/action-plans/responses.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, forbidden, invalid } from '../../platform/http/errors.js';
import { loadEditableActionPlan, loadVisibleActionPlan } from './access.js';
import { loadEntries, revisionDiffOf } from './board.js';
import { presentActionPlan } from './presenter.js';
import { actionPlanChangeReasons, actionPlanEntries, actionPlans } from './tables.js';

/**
 * Starts the revision (ปรับแผน) of the latest approved version: a new draft version with every entry
 * copied under the same stable key, so the diff pairs them. The approved version stays as it was.
 */
export async function createRevision(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
  reason: string,
): Promise<ActionPlanSummary> {
  authorize(actor, 'action_plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { plan, standing } = await loadVisibleActionPlan(tx, actor, planId);
    if (!standing.capture) {
      throw forbidden();
    }
    const [latest] = await tx
      .select()
      .from(actionPlans)
      .where(and(eq(actionPlans.budgetUnit, plan.budgetUnit), eq(actionPlans.fiscalYear, plan.fiscalYear)))
      .orderBy(desc(actionPlans.versionNo))
      .limit(1);
    if (latest?.id !== plan.id || !isActionPlanApproved(plan.status)) {
      throw conflict({
        th: 'ปรับแผนได้จากฉบับล่าสุดที่อนุมัติแล้วเท่านั้น',
        en: 'Only the latest approved version can be revised',
      });
    }
    const [revision] = await tx
      .insert(actionPlans)
      .values({
        scope: plan.scope,
        provinceCode: plan.provinceCode,
        clusterId: plan.clusterId,
        budgetUnit: plan.budgetUnit,
        fiscalYear: plan.fiscalYear,
        versionNo: plan.versionNo + 1,
        basedOnId: plan.id,
        revisionReason: reason,
        isDemo: plan.isDemo,
      })
      .returning();
    if (!revision) {
      throw new Error('revision not inserted');
    }
    const entries = await tx
      .select()
      .from(actionPlanEntries)
      .where(eq(actionPlanEntries.actionPlanId, plan.id));
    if (entries.length > 0) {
      await tx.insert(actionPlanEntries).values(
        entries.map(({ id: _id, createdAt: _created, updatedAt: _updated, version: _version, ...entry }) => ({
          ...entry,
          actionPlanId: revision.id,
        })),
      );
    }
    await recordAudit(tx, actor, {
      entityType: 'action_plan',
      entityId: revision.id,
      action: 'revise',
      after: presentActionPlan(revision),
      reason,
      provinceCode: revision.provinceCode,
    });
    return presentActionPlan(revision);
  });
}

/** What a revision changed against the version it was copied from, with reasons. */
export async function getRevisionDiff(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
): Promise<RevisionDiffView> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { plan } = await loadVisibleActionPlan(tx, actor, planId);
    const diff = await revisionDiffOf(tx, actor, plan, await loadEntries(tx, actor, plan.id));
    if (!diff) {
      throw conflict({
        th: 'ฉบับนี้เป็นฉบับแรก ไม่มีฉบับก่อนให้เทียบ',
        en: 'This is the first version: nothing to compare with',
      });
    }
    return diff;
  });
}

/** Records why one entry changed in a revision (only entries the diff lists). */
export async function putEntryChangeReason(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
  input: { stableKey: string; reason: string },
): Promise<RevisionDiffView> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { plan } = await loadEditableActionPlan(tx, actor, planId);
    const diff = await revisionDiffOf(tx, actor, plan, await loadEntries(tx, actor, plan.id));
    if (!diff?.entries.some((entry) => entry.stableKey === input.stableKey)) {
      throw invalid([
        {
          path: 'stableKey',
          message: {
            th: 'รายการนี้ไม่มีการเปลี่ยนแปลงในฉบับปรับแผน',
            en: 'This entry did not change in the revision',
          },
        },
      ]);
    }
    await tx
      .insert(actionPlanChangeReasons)
      .values({
        actionPlanId: plan.id,
        stableKey: input.stableKey,
        reason: input.reason,
        actorUserId: actor.userId,
        provinceCode: plan.provinceCode,
        clusterId: plan.clusterId,
      })
      .onConflictDoUpdate({
        target: [actionPlanChangeReasons.actionPlanId, actionPlanChangeReasons.stableKey],
        set: { reason: input.reason, actorUserId: actor.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      entityType: 'action_plan',
      entityId: plan.id,
      action: 'change_reason',
      changes: { [`reason:${input.stableKey}`]: [null, input.reason] },
      provinceCode: plan.provinceCode,
    });
    const updated = await revisionDiffOf(tx, actor, plan, await loadEntries(tx, actor, plan.id));
    if (!updated) {
      throw new Error('revision diff vanished');
    }
    return updated;
  });
}
