import { and, eq, sql, type SQL } from 'drizzle-orm';
import { ACTION_PLAN_LOCKED, isActionPlanLocked } from '../../../domain/action-plans/action-plan.js';
import type { DocumentStanding } from '../../../domain/approvals/chain.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { scopeCovers } from '../../../domain/auth/scope.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { conflict, forbidden, notFound } from '../../platform/http/errors.js';
import { memberProvincesOf } from '../plans/public.js';
import { actionPlans } from './tables.js';

export const ACTION_PLAN = { th: 'แผนปฏิบัติราชการประจำปี', en: 'Action plan' };

export type ActionPlanRow = typeof actionPlans.$inferSelect;
export type VisibleActionPlan = { plan: ActionPlanRow; standing: DocumentStanding };

/** View: the plan's province or any member province of its cluster. Capture: its own province. */
async function standingOf(tx: Queryable, actor: Actor, plan: ActionPlanRow): Promise<DocumentStanding> {
  const provinces = [plan.provinceCode, ...(await memberProvincesOf(tx, plan.clusterId))];
  return {
    view: provinces.some((code) => scopeCovers(actor.viewScope, code)),
    capture: scopeCovers(actor.captureScope, plan.provinceCode),
  };
}

/** An action plan the actor may read; out of view reads as not found. */
export async function loadVisibleActionPlan(
  tx: Queryable,
  actor: Actor,
  id: string,
): Promise<VisibleActionPlan> {
  authorize(actor, 'action_plan.read');
  const [plan] = await tx.select().from(actionPlans).where(eq(actionPlans.id, id));
  const standing = plan ? await standingOf(tx, actor, plan) : null;
  if (!plan || !standing?.view) {
    throw notFound(ACTION_PLAN);
  }
  return { plan, standing };
}

/** A draft the actor may change: the role, capture of its province, and not yet submitted (409). */
export async function loadEditableActionPlan(
  tx: Queryable,
  actor: Actor,
  id: string,
): Promise<VisibleActionPlan> {
  authorize(actor, 'action_plan.edit');
  const visible = await loadVisibleActionPlan(tx, actor, id);
  if (!visible.standing.capture) {
    throw forbidden();
  }
  // Board writes of one plan queue behind each other (ranks are computed from what is there).
  await tx.select({ id: actionPlans.id }).from(actionPlans).where(eq(actionPlans.id, id)).for('update');
  if (isActionPlanLocked(visible.plan.status)) {
    throw conflict(ACTION_PLAN_LOCKED, { currentStatus: visible.plan.status });
  }
  return visible;
}

/** SQL for the first wall on lists, mirroring the row-level-security read rule. */
export function actionPlansInViewScope(actor: Actor): SQL | undefined {
  if (actor.viewScope.all) {
    return undefined;
  }
  const provinces = [...new Set(actor.viewScope.areaCodes.map((code) => code.slice(0, 2)))];
  if (provinces.length === 0) {
    return sql`false`;
  }
  const list = sql`${sql.param(provinces)}::text[]`;
  return and(
    sql`(${actionPlans.provinceCode} = any(${list}) or (${actionPlans.clusterId} is not null and exists (
    select 1 from cluster_memberships m where m.cluster_id = ${actionPlans.clusterId} and m.valid_to is null and m.province_code = any(${list}))))`,
  );
}
