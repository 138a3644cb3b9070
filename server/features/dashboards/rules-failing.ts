import type { Actor } from '../../../domain/auth/policy.js';
import { RULE_GATED_STATUSES, type RulesFailing } from '../../../domain/dashboards/rules-failing.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { projectsFailingRules } from '../budget/public.js';

/** The province's projects on their way to the request whose blocking rules fail. */
export function failingRules(
  tx: Queryable,
  actor: Actor,
  query: { fiscalYear: number },
  provinceCode: string,
) {
  return projectsFailingRules(tx, actor, {
    fiscalYear: query.fiscalYear,
    provinceCode,
    statuses: RULE_GATED_STATUSES,
  });
}

/** GET /dashboards/rules-failing: the list the planner home's "rules failing" count opens. */
export async function rulesFailingList(
  deps: DatabaseDeps,
  actor: Actor,
  query: { fiscalYear: number; provinceCode: string },
): Promise<RulesFailing> {
  authorize(actor, 'budget.read', query.provinceCode);
  const items = await inActorReadTransaction(deps.database, actor, (tx) =>
    failingRules(tx, actor, query, query.provinceCode),
  );
  return { fiscalYear: query.fiscalYear, provinceCode: query.provinceCode, items };
}
