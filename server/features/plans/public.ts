import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { findVisibleVersion } from './access.js';
import { planApproaches, planIssues, planItems, planKpis } from './child-tables.js';

/**
 * What other features (the golden thread of results and assets) use of plans: the plan entities a
 * project links to, named, with the plan version they belong to. Runs in the caller's actor
 * transaction; a plan outside the actor's view answers null.
 */
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
