import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { ProjectStatus } from '../../../domain/projects/project.js';
import type { Queryable } from '../../platform/db/client.js';
import { inProjectViewScope } from '../projects/public.js';
import { projectRuleVerdicts, ruleVerdictRollups } from './verdict-tables.js';

/**
 * What other features (and the registry) use of budget: the guard the projects feature runs on an
 * actor's move, refusing "requested" while a blocking eligibility rule fails; for the dashboards,
 * the projects whose blocking rules fail, from the stored verdicts (settle them first).
 */
export { requestGuardFor } from './rule-results.js';
export { settleRuleVerdicts } from './rule-verdicts.js';

/** A project whose blocking rules fail, with those rules' labels. */
export type FailingProject = {
  id: string;
  code: string;
  title: string;
  status: ProjectStatus;
  failing: Bilingual[];
};

type FailingWhere = { fiscalYear: number; provinceCode: string; statuses: readonly ProjectStatus[] };

/**
 * How many of a province's own projects of a fiscal year, in the given statuses, fail a blocking
 * rule of the year's published rule set: from the trigger-kept roll-up of the stored verdicts.
 */
export async function countProjectsFailingRules(tx: Queryable, where: FailingWhere): Promise<number> {
  const [row] = await tx
    .select({ failing: sql<number>`coalesce(sum(${ruleVerdictRollups.failing}), 0)::int` })
    .from(ruleVerdictRollups)
    .where(
      and(
        eq(ruleVerdictRollups.provinceCode, where.provinceCode),
        eq(ruleVerdictRollups.fiscalYear, where.fiscalYear),
        inArray(ruleVerdictRollups.status, [...where.statuses]),
      ),
    );
  return Number(row?.failing ?? 0);
}

/** A keyset page (by code, after `after`) of those projects, walking the failing-verdict index. */
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
        eq(v.provinceCode, where.provinceCode),
        eq(v.fiscalYear, where.fiscalYear),
        eq(v.scope, 'province'),
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
