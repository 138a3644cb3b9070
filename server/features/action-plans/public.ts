import { and, asc, eq, sql } from 'drizzle-orm';
import { CEILING_CLASSES } from '../../../domain/action-plans/action-plan.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { actionPlanCeilings, actionPlanEntries, actionPlans } from './tables.js';

/**
 * What other features (the golden thread of results and assets) use of action plans: every
 * version of an annual action plan that carries a project, with its class and rank there. Runs in
 * the caller's actor transaction, so row-level security applies.
 */
export async function actionPlansOfProject(tx: Queryable, projectId: string) {
  return tx
    .select({
      id: actionPlans.id,
      fiscalYear: actionPlans.fiscalYear,
      budgetUnit: actionPlans.budgetUnit,
      versionNo: actionPlans.versionNo,
      status: actionPlans.status,
      entryClass: actionPlanEntries.entryClass,
      rank: actionPlanEntries.rank,
    })
    .from(actionPlanEntries)
    .innerJoin(actionPlans, eq(actionPlans.id, actionPlanEntries.actionPlanId))
    .where(eq(actionPlanEntries.projectId, projectId))
    .orderBy(asc(actionPlans.fiscalYear), asc(actionPlans.versionNo));
}

/**
 * For the dashboards: what counts against the ceiling in the latest version of each budget unit's
 * action plan of a fiscal year, and the ceilings set for that year, each at its placement (province,
 * and cluster for a cluster's unit). A year holds one plan per budget unit, so this stays small;
 * one unit's (`budgetUnit`) is read through the unit-year indexes.
 */
export async function actionPlanMoneyOfYear(tx: Queryable, fiscalYear: number, budgetUnit?: string) {
  const unit = budgetUnit === undefined ? sql`` : sql`and budget_unit = ${budgetUnit}`;
  const classes = sql.join(
    CEILING_CLASSES.map((entryClass) => sql`${entryClass}`),
    sql`, `,
  );
  const plans = await selectRows<{
    budget_unit: string;
    province_code: string;
    cluster_id: number | null;
    amount: string;
  }>(
    tx,
    sql`select latest.budget_unit, latest.province_code, latest.cluster_id,
          coalesce((select sum(e.amount_satang) from action_plan_entries e
                     where e.action_plan_id = latest.id and e.entry_class in (${classes})), 0)::text as amount
          from (select distinct on (budget_unit) id, budget_unit, province_code, cluster_id from action_plans
                 where fiscal_year = ${fiscalYear} ${unit} order by budget_unit, version_no desc) latest`,
  );
  const ceilings = await tx
    .select({
      budgetUnit: actionPlanCeilings.budgetUnit,
      provinceCode: actionPlanCeilings.provinceCode,
      clusterId: actionPlanCeilings.clusterId,
      amountSatang: actionPlanCeilings.amountSatang,
    })
    .from(actionPlanCeilings)
    .where(
      and(
        eq(actionPlanCeilings.fiscalYear, fiscalYear),
        budgetUnit === undefined ? undefined : eq(actionPlanCeilings.budgetUnit, budgetUnit),
      ),
    );
  return {
    plans: plans.map((row) => ({
      budgetUnit: row.budget_unit,
      provinceCode: row.province_code,
      clusterId: row.cluster_id,
      againstCeilingSatang: BigInt(row.amount),
    })),
    ceilings,
  };
}

export { loadVisibleActionPlan } from './access.js';
export { getActionPlan } from './service.js';
export { moveActionPlan } from './transition-service.js';
