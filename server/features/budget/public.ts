import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { ProjectStatus } from '../../../domain/projects/project.js';
import type { Queryable } from '../../platform/db/client.js';
import { inProjectViewScope } from '../projects/public.js';
import { ownedBy, type VerdictOwner } from './rule-verdicts.js';
import { projectRuleVerdicts, ruleVerdictClusterRollups, ruleVerdictRollups } from './verdict-tables.js';

/**
 * What other features (and the registry) use of budget: the guard the projects feature runs on an
 * actor's move, refusing "requested" while a blocking eligibility rule fails; for the dashboards,
 * the projects whose blocking rules fail, from the stored verdicts (settle them first).
 */
export { requestGuardFor } from './rule-results.js';
export { settleRuleVerdicts, type VerdictOwner } from './rule-verdicts.js';

/** A project whose blocking rules fail, with those rules' labels. */
export type FailingProject = {
  id: string;
  code: string;
  title: string;
  status: ProjectStatus;
  failing: Bilingual[];
};

type FailingWhere = { fiscalYear: number; owner: VerdictOwner; statuses: readonly ProjectStatus[] };

/**
 * How many projects of a budget unit (a province's own, or a cluster's) of a fiscal year, in the given
 * statuses, fail a blocking rule of the year's published rule set: from the trigger-kept roll-ups of
 * the stored verdicts.
 */
export async function countProjectsFailingRules(tx: Queryable, where: FailingWhere): Promise<number> {
  const { owner } = where;
  const rollup = 'clusterId' in owner ? ruleVerdictClusterRollups : ruleVerdictRollups;
  const [row] = await tx
    .select({ failing: sql<number>`coalesce(sum(${rollup.failing}), 0)::int` })
    .from(rollup)
    .where(
      and(
        'clusterId' in owner
          ? eq(ruleVerdictClusterRollups.clusterKey, owner.clusterId)
          : eq(ruleVerdictRollups.provinceCode, owner.provinceCode),
        eq(rollup.fiscalYear, where.fiscalYear),
        inArray(rollup.status, [...where.statuses]),
      ),
    );
  return Number(row?.failing ?? 0);
}

/** A keyset page (by code, after `after`) of those projects, walking the unit's failing-verdict index. */
export async function projectsFailingRulesPage(
  tx: Queryable,
  actor: Actor,
  where: FailingWhere,
  page: { after: string | undefined; limit: number },
): Promise<{ items: FailingProject[]; more: boolean }> {
  const v = projectRuleVerdicts;
  const rows = await tx
    .select({ id: v.projectId, code: v.code, title: v.title, status: v.status, failing: v.failing })
    .from(v)
    .where(
      and(
        ownedBy(where.owner),
        eq(v.fiscalYear, where.fiscalYear),
        sql`${v.failingCount} > 0`,
        inArray(v.status, [...where.statuses]),
        inProjectViewScope(v, actor),
        page.after === undefined ? undefined : gt(v.code, page.after),
      ),
    )
    .orderBy(asc(v.code))
    .limit(page.limit + 1);
  return { items: rows.slice(0, page.limit), more: rows.length > page.limit };
}
