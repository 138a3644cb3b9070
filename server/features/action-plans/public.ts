import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { actionPlanEntries, actionPlans } from './tables.js';

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
