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
import {
  countProjectsFailingRules,
  projectsFailingRulesPage,
  settleRuleVerdicts,
  type VerdictOwner,
} from '../budget/public.js';
import { memberProvincesOf } from '../plans/public.js';

/** How many of a budget unit's projects on their way to the request fail a blocking rule (verdicts settled first). */
export function failingRulesCount(tx: Queryable, query: { fiscalYear: number }, owner: VerdictOwner) {
  return countProjectsFailingRules(tx, {
    fiscalYear: query.fiscalYear,
    owner,
    statuses: RULE_GATED_STATUSES,
  });
}

/**
 * A province's list needs that province in view; a cluster's list is the cluster office's, so it
 * needs every member province in view (as the cluster's overview does), and a cluster without
 * members a national view: a member province's own planner reads the cluster's projects one by
 * one, but the cluster's budget unit is not theirs to chase.
 */
async function authorizeOwner(deps: DatabaseDeps, actor: Actor, owner: VerdictOwner): Promise<void> {
  if ('provinceCode' in owner) {
    authorize(actor, 'budget.read', owner.provinceCode);
    return;
  }
  authorize(actor, 'budget.read');
  const members = await inActorReadTransaction(deps.database, actor, (tx) =>
    memberProvincesOf(tx, owner.clusterId),
  );
  for (const member of members.length === 0 ? [null] : members) {
    authorize(actor, 'budget.read', member);
  }
}

/** GET /dashboards/rules-failing: the list the planner home's "rules failing" count opens, a keyset page by code. */
export async function rulesFailingList(
  deps: DatabaseDeps,
  actor: Actor,
  query: RulesFailingQuery,
): Promise<RulesFailing> {
  const { fiscalYear, provinceCode, clusterId } = query;
  const owner: VerdictOwner = clusterId === undefined ? { provinceCode: provinceCode ?? '' } : { clusterId };
  await authorizeOwner(deps, actor, owner);
  await settleRuleVerdicts(deps.database, actor, { fiscalYear, owner, statuses: RULE_GATED_STATUSES });
  const { items, more } = await inActorReadTransaction(deps.database, actor, (tx) =>
    projectsFailingRulesPage(
      tx,
      actor,
      { fiscalYear, owner, statuses: RULE_GATED_STATUSES },
      { after: query.cursor?.code, limit: query.limit },
    ),
  );
  const last = items.at(-1);
  return {
    fiscalYear,
    provinceCode: provinceCode ?? null,
    clusterId: clusterId ?? null,
    items,
    nextCursor: more && last ? encodeCursor({ code: last.code }) : null,
  };
}
