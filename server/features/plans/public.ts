import { and, count, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import {
  findVisibleVersion,
  loadEditableVersion,
  memberProvincesOf,
  standingOf,
  type PlanPlacement,
} from './access.js';
import { planApproaches, planIssues, planItems, planKpis } from './child-tables.js';
import { developmentPlans, planVersions } from './tables.js';

/**
 * What other features (needs, eligibility rules, the explanation pack, the golden thread) use of plans. Each runs inside
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

/** The plan entities a project links to (the golden thread of results and assets). */
export type PlanLinks = {
  planItemId: string | null;
  planIssueId: string | null;
  planApproachId: string | null;
  kpiIds: readonly string[];
};

export type PlanLinkView = {
  planId: string;
  planTitle: string;
  versionId: string;
  versionNo: number;
  versionStatus: string;
  issue: { id: string; title: string } | null;
  approach: { id: string; title: string } | null;
  item: { id: string; title: string } | null;
  kpis: { id: string; name: string; unit: string }[];
};

const byIds = async <T extends { id: string }>(
  ids: (string | null)[],
  read: (ids: string[]) => Promise<T[]>,
) => {
  const wanted = ids.filter((id): id is string => !!id);
  return wanted.length === 0 ? [] : read(wanted);
};

/** Those entities named, with the plan version they belong to; null for a plan outside the actor's view. */
export async function describePlanLinks(
  tx: Queryable,
  actor: Actor,
  links: PlanLinks,
): Promise<PlanLinkView | null> {
  const [issue] = await byIds([links.planIssueId], (ids) =>
    tx.select().from(planIssues).where(inArray(planIssues.id, ids)),
  );
  const [approach] = await byIds([links.planApproachId], (ids) =>
    tx.select().from(planApproaches).where(inArray(planApproaches.id, ids)),
  );
  const [item] = await byIds([links.planItemId], (ids) =>
    tx.select().from(planItems).where(inArray(planItems.id, ids)),
  );
  const kpis = await byIds([...links.kpiIds], (ids) =>
    tx.select().from(planKpis).where(inArray(planKpis.id, ids)),
  );
  const versionId =
    issue?.planVersionId ?? approach?.planVersionId ?? item?.planVersionId ?? kpis[0]?.planVersionId;
  const visible = versionId ? await findVisibleVersion(tx, actor, versionId) : null;
  if (!visible) {
    return null;
  }
  const named = (row: { id: string; title: string } | undefined) =>
    row ? { id: row.id, title: row.title } : null;
  return {
    planId: visible.plan.id,
    planTitle: visible.plan.title,
    versionId: visible.version.id,
    versionNo: visible.version.versionNo,
    versionStatus: visible.version.status,
    issue: named(issue),
    approach: named(approach),
    item: named(item),
    kpis: kpis.map((kpi) => ({ id: kpi.id, name: kpi.name, unit: kpi.unit })),
  };
}

/**
 * Where a development issue sits (for rows other features attach to it, like indicator evidence):
 * null when the actor cannot see it; with `edit`, only a draft the actor may change (else 403/409).
 */
export async function issuePlacement(
  tx: Queryable,
  actor: Actor,
  issueId: string,
  options: { edit: boolean },
): Promise<PlanPlacement | null> {
  const [issue] = await tx
    .select({ versionId: planIssues.planVersionId })
    .from(planIssues)
    .where(eq(planIssues.id, issueId));
  if (!issue) {
    return null;
  }
  const visible = await findVisibleVersion(tx, actor, issue.versionId);
  if (!visible || !options.edit) {
    return visible?.placement ?? null;
  }
  return (await loadEditableVersion(tx, actor, issue.versionId)).placement;
}

/**
 * For the dashboards: draft plan versions still to complete and submit, of plans placed in a province
 * or of one cluster's own plans (the plans' province or cluster index, then each plan's versions).
 */
export async function draftPlanVersionCount(
  tx: Queryable,
  owner: { provinceCode: string } | { clusterId: number },
): Promise<number> {
  const placed =
    'clusterId' in owner
      ? eq(developmentPlans.clusterId, owner.clusterId)
      : eq(developmentPlans.provinceCode, owner.provinceCode);
  const [row] = await tx
    .select({ value: count() })
    .from(planVersions)
    .innerJoin(developmentPlans, eq(developmentPlans.id, planVersions.planId))
    .where(and(placed, eq(planVersions.status, 'draft')));
  return row?.value ?? 0;
}

export {
  kpiWithTargets,
  publishedKpisOfProvince,
  yearKpisOfProvincePage,
  type KpiWithTargets,
} from './public-kpis.js';

/** For the public portal: a published version's official PDF without who recorded its approvals. */
export { publicPlanPdf } from './outputs/public-copy.js';

export { findVisibleVersion, loadVisibleVersion } from './access.js';
export { areaNamesOf } from './outputs/load.js';
export { moveVersion } from './transition-service.js';
