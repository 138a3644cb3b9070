import { and, asc, eq, gt, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Project, ProjectSummary } from '../../../domain/projects/project-response.js';
import type { ProjectStatus } from '../../../domain/projects/project.js';
import type { ProjectTransition } from '../../../domain/projects/state-machine.js';
import type { Queryable } from '../../platform/db/client.js';
import { loadEditableProject, projectsInViewScope } from './access.js';
import { projectKpis } from './child-tables.js';
import { presentProjectRows } from './present-rows.js';
import { presentProjectSummary } from './presenter.js';
import { projectRollups, projects } from './tables.js';
import { applyProjectTransition, type TransitionGuard, type TransitionGuardFor } from './transitions.js';

/**
 * What other features (action plans, eligibility rules, budget stages, the explanation pack) use of
 * projects. Each runs inside the caller's actor transaction, so row-level security applies.
 */
export type { TransitionGuard, TransitionGuardFor };
export { inProjectViewScope } from './access.js';

/** Whole records (budget lines, schedule, readiness, links…) of the given ids the actor can see, in id order given. */
export async function loadProjectsByIds(
  tx: Queryable,
  actor: Actor,
  ids: readonly string[],
): Promise<Project[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await tx
    .select()
    .from(projects)
    .where(and(inArray(projects.id, [...ids]), projectsInViewScope(actor)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return presentProjectRows(
    tx,
    ids.flatMap((id) => byId.get(id) ?? []),
  );
}

/** Projects of a fiscal year of one province (its own, not cluster ones) or of one cluster, by code. */
export async function listProjectsFor(
  tx: Queryable,
  actor: Actor,
  where: { fiscalYear: number; provinceCode?: string; clusterId?: number },
): Promise<ProjectSummary[]> {
  const owner: SQL | undefined =
    where.clusterId !== undefined
      ? eq(projects.clusterId, where.clusterId)
      : where.provinceCode !== undefined
        ? and(eq(projects.provinceCode, where.provinceCode), eq(projects.scope, 'province'))
        : undefined;
  const rows = await tx
    .select()
    .from(projects)
    .where(and(eq(projects.fiscalYear, where.fiscalYear), owner, projectsInViewScope(actor)))
    .orderBy(asc(projects.code));
  return rows.map((row) => presentProjectSummary(row));
}

/**
 * A keyset page (by code, `limit` + 1 rows after `after`) of a province's own projects of a fiscal
 * year, narrowed to some statuses, to those without a plan KPI, and by a condition another feature
 * states on the project id (the orphans report's "no results report yet"); walks the province-year
 * code index.
 */
export async function provinceProjectsPage(
  tx: Queryable,
  actor: Actor,
  where: {
    provinceCode: string;
    fiscalYear: number;
    statuses?: readonly ProjectStatus[];
    withoutKpi?: boolean;
    projectIdMeets?: (projectId: SQLWrapper) => SQL;
  },
  page: { after: string | undefined; limit: number },
) {
  return tx
    .select({ id: projects.id, code: projects.code, title: projects.title })
    .from(projects)
    .where(
      and(
        eq(projects.provinceCode, where.provinceCode),
        eq(projects.fiscalYear, where.fiscalYear),
        eq(projects.scope, 'province'),
        projectsInViewScope(actor),
        where.statuses ? inArray(projects.status, [...where.statuses]) : undefined,
        where.withoutKpi
          ? sql`not exists (select 1 from ${projectKpis} l where l.project_id = ${projects.id})`
          : undefined,
        where.projectIdMeets?.(projects.id),
        page.after === undefined ? undefined : gt(projects.code, page.after),
      ),
    )
    .orderBy(asc(projects.code))
    .limit(page.limit + 1);
}

/** SQL: a province's own project of the fiscal year names the plan KPI (row-level security applies). */
export function kpiNamedByProvinceProject(
  kpiId: SQLWrapper,
  where: { provinceCode: string; fiscalYear: number },
): SQL {
  return sql`exists (select 1 from ${projectKpis} l join ${projects} p on p.id = l.project_id
    where l.kpi_id = ${kpiId} and p.province_code = ${where.provinceCode}
      and p.fiscal_year = ${where.fiscalYear} and p.scope = 'province')`;
}

/**
 * Moves a project through its lifecycle for another feature (an approved action plan puts projects
 * "in_action_plan", the budget request makes them "requested"); the state machine and audit apply.
 */
export async function setProjectStatus(
  tx: Queryable,
  actor: Actor,
  projectId: string,
  move: { action: ProjectTransition; reason?: string },
  guard?: TransitionGuard,
): Promise<ProjectSummary> {
  const current = await loadEditableProject(tx, actor, projectId);
  return presentProjectSummary(await applyProjectTransition(tx, actor, current, move, guard));
}

/**
 * Projects and their total per province and owner scope for a fiscal year, from the trigger-kept
 * `project_rollups` (a cluster's projects sit at its operations-centre province). For the dashboards.
 */
export async function projectCountsByProvince(tx: Queryable, fiscalYear: number) {
  const rows = await tx
    .select({
      provinceCode: projectRollups.provinceCode,
      scope: projectRollups.scope,
      projects: sql<number>`sum(${projectRollups.projects})::int`,
      totalSatang: sql<string>`sum(${projectRollups.totalSatang})::text`,
    })
    .from(projectRollups)
    .where(and(eq(projectRollups.fiscalYear, fiscalYear), sql`${projectRollups.status} <> 'cancelled'`))
    .groupBy(projectRollups.provinceCode, projectRollups.scope);
  return rows.map((row) => ({
    ...row,
    projects: Number(row.projects),
    totalSatang: BigInt(row.totalSatang),
  }));
}

export { placementOf } from './access.js';
export { createProject, createProjectIn } from './service.js';
