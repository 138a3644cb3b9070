// Bulk-loads generated projects with their children, budget stages and monthly spending through COPY,
// with the app's roll-up triggers on so project, stage and spending roll-ups come out as the app keeps them.
import { loadWithoutIndexes, type BulkTarget } from './bulk-target.js';
import { copyChunks } from './copy-text.js';
import { PROJECT_TABLES } from './project-copy.js';
import { provinceProjects, type ProjectPlace } from './project-rows.js';

export type ProjectShare = { place: ProjectPlace; count: number };

/** What a province's projects hang on, read once: its clusters, its plan's issues and an agency. */
export async function projectPlaceParts(target: BulkTarget) {
  const clusters = await target.query<{ province_code: string; id: number; centre: string }>(
    `select m.province_code, c.id, coalesce(c.operations_centre_code, (select min(o.province_code)
      from cluster_memberships o where o.cluster_id = c.id and o.valid_to is null)) as centre
      from clusters c join cluster_memberships m on m.cluster_id = c.id and m.valid_to is null order by c.id`,
  );
  const issues = await target.query<{ province_code: string; id: string }>(
    `select i.province_code, i.id from plan_issues i join plan_versions v on v.id = i.plan_version_id
      where i.cluster_id is null and v.status = 'published' order by i.province_code, i.order_no, i.id`,
  );
  const agencies = await target.query<{ province_code: string; id: string }>(
    `select distinct on (province_code) province_code, id from agencies where province_code is not null
      order by province_code, id`,
  );
  return (provinceCode: string) => ({
    clusters: clusters.filter((row) => row.province_code === provinceCode),
    planIssueIds: issues.filter((row) => row.province_code === provinceCode).map((row) => row.id),
    agencyId: agencies.find((row) => row.province_code === provinceCode)?.id ?? null,
  });
}

/** Replaces every project (and what hangs on projects) with the generated ones. */
export async function loadProjects(
  target: BulkTarget,
  shares: readonly ProjectShare[],
  seed: number,
  log: (message: string) => void,
): Promise<void> {
  await target.query(
    'truncate projects, project_counters, project_rollups, budget_stage_rollups, rule_verdict_rollups, spending_rollups cascade',
  );
  const running = new Map<string, number>();
  const projects = shares.flatMap((share) => provinceProjects(share.place, share.count, running, seed));
  for (const { table, columns, cellsOf } of PROJECT_TABLES) {
    const started = performance.now();
    await loadWithoutIndexes(target, table, { userTriggers: true }, () =>
      target.copy(table, columns, copyChunks(projects, cellsOf)),
    );
    const [{ rows = 0 } = {}] = await target.query<{ rows: number }>(
      `select count(*)::int as rows from ${table}`,
    );
    log(
      `${table}: ${rows.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await target.query(`analyze ${table}`);
  }
  await target.query(`insert into project_counters (province_code, budget_unit, fiscal_year, last_no)
    select min(province_code), budget_unit, fiscal_year, count(*) from projects group by 2, 3`);
  for (const rollups of ['project_rollups', 'budget_stage_rollups', 'spending_rollups']) {
    await target.query(`analyze ${rollups}`);
  }
}
