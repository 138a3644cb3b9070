import { and, asc, desc, eq } from 'drizzle-orm';
import type { ActionPlanCreate, ActionPlanListQuery } from '../../../domain/action-plans/schemas.js';
import type { ActionPlanDetail, ActionPlanSummary } from '../../../domain/action-plans/responses.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { budgetUnitOf } from '../../../domain/projects/project.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, forbidden } from '../../platform/http/errors.js';
import { scopeCovers } from '../../../domain/auth/scope.js';
import { placementOf } from '../projects/public.js';
import { actionPlansInViewScope, loadVisibleActionPlan } from './access.js';
import { loadBoard } from './board.js';
import { presentActionPlan } from './presenter.js';
import { actionPlans } from './tables.js';

/** Action plans in the actor's view, newest year and version first. */
export async function listActionPlans(
  deps: DatabaseDeps,
  actor: Actor,
  query: ActionPlanListQuery,
): Promise<{ items: ActionPlanSummary[] }> {
  authorize(actor, 'action_plan.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select()
      .from(actionPlans)
      .where(
        and(
          actionPlansInViewScope(actor),
          query.fiscalYear === undefined ? undefined : eq(actionPlans.fiscalYear, query.fiscalYear),
          query.provinceCode === undefined ? undefined : eq(actionPlans.provinceCode, query.provinceCode),
          query.clusterId === undefined ? undefined : eq(actionPlans.clusterId, query.clusterId),
        ),
      )
      .orderBy(desc(actionPlans.fiscalYear), asc(actionPlans.budgetUnit), desc(actionPlans.versionNo))
      .limit(500);
    return { items: rows.map(presentActionPlan) };
  });
}

/** The first version of a budget unit's action plan for a year (one per unit and year). */
export async function createActionPlan(
  deps: DatabaseDeps,
  actor: Actor,
  input: ActionPlanCreate,
): Promise<ActionPlanSummary> {
  authorize(actor, 'action_plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const placement = await placementOf(tx, input);
    if (!scopeCovers(actor.captureScope, placement.provinceCode)) {
      throw forbidden();
    }
    const budgetUnit = budgetUnitOf(input.scope, placement.provinceCode, placement.clusterId);
    const [existing] = await tx
      .select({ id: actionPlans.id })
      .from(actionPlans)
      .where(and(eq(actionPlans.budgetUnit, budgetUnit), eq(actionPlans.fiscalYear, input.fiscalYear)));
    if (existing) {
      throw conflict(
        {
          th: `หน่วยรับงบ ${budgetUnit} มีแผนปฏิบัติราชการปี ${input.fiscalYear} แล้ว (แก้ไขหรือปรับแผนฉบับเดิม)`,
          en: `${budgetUnit} already has an action plan for ${input.fiscalYear} (edit or revise it)`,
        },
        { existingId: existing.id },
      );
    }
    const [created] = await tx
      .insert(actionPlans)
      .values({ scope: input.scope, ...placement, budgetUnit, fiscalYear: input.fiscalYear, versionNo: 1 })
      .returning();
    if (!created) {
      throw new Error('action plan not inserted');
    }
    await recordAudit(tx, actor, {
      entityType: 'action_plan',
      entityId: created.id,
      action: 'create',
      after: presentActionPlan(created),
      provinceCode: created.provinceCode,
    });
    return presentActionPlan(created);
  });
}

/** The board of one version. */
export async function getActionPlan(deps: DatabaseDeps, actor: Actor, id: string): Promise<ActionPlanDetail> {
  return inActorTransaction(deps.database, actor, async (tx) =>
    loadBoard(tx, actor, await loadVisibleActionPlan(tx, actor, id)),
  );
}
