import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import {
  RULE_GATED_STATUSES,
  type RulesFailing,
  type RulesFailingQuery,
} from '../../../domain/dashboards/rules-failing.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { countProjectsFailingRules, projectsFailingRulesPage, settleRuleVerdicts } from '../budget/public.js';

/** How many of the province's projects on their way to the request fail a blocking rule (verdicts settled first). */
export function failingRulesCount(tx: Queryable, query: { fiscalYear: number }, provinceCode: string) {
  return countProjectsFailingRules(tx, {
    fiscalYear: query.fiscalYear,
    provinceCode,
    statuses: RULE_GATED_STATUSES,
  });
}

/** GET /dashboards/rules-failing: the list the planner home's "rules failing" count opens, a keyset page by code. */
export async function rulesFailingList(
  deps: DatabaseDeps,
  actor: Actor,
  query: RulesFailingQuery,
): Promise<RulesFailing> {
  authorize(actor, 'budget.read', query.provinceCode);
  const { fiscalYear, provinceCode } = query;
  await settleRuleVerdicts(deps.database, actor, { fiscalYear, provinceCode, statuses: RULE_GATED_STATUSES });
  const { items, more } = await inActorReadTransaction(deps.database, actor, (tx) =>
    projectsFailingRulesPage(
      tx,
      actor,
      { fiscalYear, provinceCode, statuses: RULE_GATED_STATUSES },
      { after: query.cursor?.code, limit: query.limit },
    ),
  );
  const last = items.at(-1);
  return {
    fiscalYear,
    provinceCode,
    items,
    nextCursor: more && last ? encodeCursor({ code: last.code }) : null,
  };
}
