import { and, asc, eq, gt, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { scopeCovers } from '../../../domain/auth/scope.js';
import type { KpiDirection } from '../../../domain/plans/plan.js';
import type { Queryable } from '../../platform/db/client.js';
import { kpiTargets, planKpis } from './child-tables.js';
import { developmentPlans, planVersions } from './tables.js';

/** A plan KPI with its yearly targets and where it stands, as the results feature reports against it. */
export type KpiWithTargets = {
  id: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  dataSource: string | null;
  planId: string;
  planVersionId: string;
  versionStatus: string;
  provinceCode: string;
  clusterId: number | null;
  targets: { fiscalYear: number; areaCode: string | null; targetValue: string }[];
  /** Whether the actor may record actuals: capture of the plan's province. */
  capture: boolean;
};

async function withTargets(
  tx: Queryable,
  actor: Actor,
  rows: { kpi: typeof planKpis.$inferSelect; versionStatus: string; planId: string }[],
): Promise<KpiWithTargets[]> {
  const ids = rows.map((row) => row.kpi.id);
  const targets =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(kpiTargets)
          .where(inArray(kpiTargets.kpiId, ids))
          .orderBy(asc(kpiTargets.fiscalYear), asc(kpiTargets.areaCode));
  return rows.map(({ kpi, versionStatus, planId }) => ({
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    dataSource: kpi.dataSource,
    planId,
    planVersionId: kpi.planVersionId,
    versionStatus,
    provinceCode: kpi.provinceCode,
    clusterId: kpi.clusterId,
    targets: targets
      .filter((target) => target.kpiId === kpi.id)
      .map((target) => ({
        fiscalYear: target.fiscalYear,
        areaCode: target.areaCode,
        targetValue: target.targetValue,
      })),
    capture: scopeCovers(actor.captureScope, kpi.provinceCode),
  }));
}

const kpiColumns = { kpi: planKpis, versionStatus: planVersions.status, planId: planVersions.planId };

/** One KPI the actor can see (RLS), with its targets; null otherwise. */
export async function kpiWithTargets(
  tx: Queryable,
  actor: Actor,
  kpiId: string,
): Promise<KpiWithTargets | null> {
  const rows = await tx
    .select(kpiColumns)
    .from(planKpis)
    .innerJoin(planVersions, eq(planVersions.id, planKpis.planVersionId))
    .where(eq(planKpis.id, kpiId));
  return (await withTargets(tx, actor, rows))[0] ?? null;
}

/** KPIs of the latest published version of the plans a province runs whose period holds the year. */
const inPublishedPlansOf = (provinceCode: string, fiscalYear: number): SQL =>
  sql`${planKpis.planVersionId} in (select distinct on (v.plan_id) v.id from ${planVersions} v
    join ${developmentPlans} p on p.id = v.plan_id
    where p.province_code = ${provinceCode} and v.status = 'published'
      and ${fiscalYear} between p.period_start and p.period_end
    order by v.plan_id, v.version_no desc)`;

/**
 * The KPIs of the plans a province runs (its own plan, and the cluster plans it is the operations
 * centre of) whose period holds the fiscal year, from each plan's latest published version.
 */
export async function publishedKpisOfProvince(
  tx: Queryable,
  actor: Actor,
  provinceCode: string,
  fiscalYear: number,
): Promise<KpiWithTargets[]> {
  const rows = await tx
    .select(kpiColumns)
    .from(planKpis)
    .innerJoin(planVersions, eq(planVersions.id, planKpis.planVersionId))
    .where(inPublishedPlansOf(provinceCode, fiscalYear))
    .orderBy(asc(planKpis.planVersionId), asc(planKpis.orderNo));
  return withTargets(tx, actor, rows);
}

/**
 * A keyset page (by id, `limit` + 1 rows after `after`) of the KPIs publishedKpisOfProvince returns
 * that have a target in the fiscal year, narrowed by a condition another feature states on the KPI id
 * (the orphans report's "no project names it", "its yearly actual missed the target").
 */
export async function yearKpisOfProvincePage(
  tx: Queryable,
  where: { provinceCode: string; fiscalYear: number; kpiIdMeets: (kpiId: SQLWrapper) => SQL },
  page: { after: string | undefined; limit: number },
) {
  return tx
    .select({ id: planKpis.id, name: planKpis.name })
    .from(planKpis)
    .where(
      and(
        inPublishedPlansOf(where.provinceCode, where.fiscalYear),
        sql`exists (select 1 from ${kpiTargets} t where t.kpi_id = ${planKpis.id} and t.fiscal_year = ${where.fiscalYear})`,
        where.kpiIdMeets(planKpis.id),
        page.after === undefined ? undefined : gt(planKpis.id, page.after),
      ),
    )
    .orderBy(asc(planKpis.id))
    .limit(page.limit + 1);
}
