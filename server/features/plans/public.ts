import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { memberProvincesOf, standingOf } from './access.js';
import { planItems, planIssues } from './child-tables.js';
import { developmentPlans, planVersions } from './tables.js';

/**
 * What other features (needs, eligibility rules, the explanation pack) use of plans. Each runs inside
 * the caller's actor transaction, so row-level security applies.
 */
export { memberProvincesOf };

/** The two kinds of plan node other records point at. */
export type PlanNodeKind = 'plan_issue' | 'project_set_item';

/** The plan a node belongs to, as far as others need it: where it applies, its period, who may read it. */
export type PlanOfNode = {
  planId: string;
  scope: 'province' | 'cluster';
  provinceCode: string | null;
  memberProvinceCodes: string[];
  periodStart: number;
  periodEnd: number;
  /** Whether the actor may read the plan (RLS already hides plans out of every scope). */
  visible: boolean;
};

const NODE_TABLES = { plan_issue: planIssues, project_set_item: planItems } as const;

/** The plan holding a plan issue or project-set item, or null when there is no such node the actor can see. */
export async function planOfNode(
  tx: Queryable,
  actor: Actor,
  kind: PlanNodeKind,
  nodeId: string,
): Promise<PlanOfNode | null> {
  const table = NODE_TABLES[kind];
  const [row] = await tx
    .select({ plan: developmentPlans })
    .from(table)
    .innerJoin(planVersions, eq(planVersions.id, table.planVersionId))
    .innerJoin(developmentPlans, eq(developmentPlans.id, planVersions.planId))
    .where(eq(table.id, nodeId));
  if (!row) {
    return null;
  }
  const { plan } = row;
  const members = plan.scope === 'cluster' ? await memberProvincesOf(tx, plan.clusterId) : [];
  return {
    planId: plan.id,
    scope: plan.scope,
    provinceCode: plan.provinceCode,
    memberProvinceCodes: members,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    visible: standingOf(actor, plan, members).view,
  };
}
