import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { resultRollups as r } from './tables.js';

export { orphanCounts, orphanCountsByProvince } from './orphan-counts.js';
export { resultsSummary } from './summary.js';

/**
 * What other features (the dashboards) use of results: output indicators measured and achieved per
 * province and owner (cluster key 0 = the province's own) at the latest quarter of the fiscal year
 * that has any, from the trigger-kept `result_rollups`, in the caller's actor transaction.
 */
export async function kpiAchievementByProvince(tx: Queryable, fiscalYear: number) {
  const [latest] = await tx
    .select({ quarter: sql<number | null>`max(${r.quarter})` })
    .from(r)
    .where(and(eq(r.fiscalYear, fiscalYear), sql`${r.indicators} > 0`));
  const quarter = Number(latest?.quarter ?? 0);
  if (quarter === 0) {
    return { quarter, rows: [] };
  }
  const rows = await tx
    .select({
      provinceCode: r.provinceCode,
      clusterKey: r.clusterKey,
      indicators: sql<number>`sum(${r.indicators})::int`,
      achieved: sql<number>`sum(${r.indicatorsAchieved})::int`,
    })
    .from(r)
    .where(and(eq(r.fiscalYear, fiscalYear), eq(r.quarter, quarter)))
    .groupBy(r.provinceCode, r.clusterKey);
  return {
    quarter,
    rows: rows.map((row) => ({ ...row, indicators: Number(row.indicators), achieved: Number(row.achieved) })),
  };
}
