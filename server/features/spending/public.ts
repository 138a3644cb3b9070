import { eq, sql } from 'drizzle-orm';
import { targetPctAt } from '../../../domain/spending/targets.js';
import type { Queryable } from '../../platform/db/client.js';
import { latestReportedMonth } from './rankings.js';
import { spendingRollups as r } from './tables.js';
import { loadTargetYear } from './targets.js';

/**
 * What other features (the dashboards) use of spending: per province and owner (cluster key 0 = the
 * province's own projects) the year's planned allocation and own-budget disbursement through the last
 * reported month, with the cabinet's overall target at that month; read from the trigger-kept
 * `spending_rollups` in the caller's actor transaction (row-level security applies).
 */
export async function disbursementByProvince(tx: Queryable, fiscalYear: number) {
  const throughMonth = await latestReportedMonth(tx, fiscalYear);
  const rows = await tx
    .select({
      provinceCode: r.provinceCode,
      clusterKey: r.clusterKey,
      allocation: sql<string>`coalesce(sum(${r.plannedSatang}), 0)::text`,
      disbursed: sql<string>`coalesce(sum(${r.disbursedSatang}) filter (where ${r.funds} = 'budget' and ${r.fiscalMonth} <= ${throughMonth}), 0)::text`,
    })
    .from(r)
    .where(eq(r.fiscalYear, fiscalYear))
    .groupBy(r.provinceCode, r.clusterKey);
  const targets = (await loadTargetYear(tx, fiscalYear))?.targets ?? [];
  return {
    throughMonth,
    targetPct: throughMonth === 0 ? null : targetPctAt(targets, 'overall', throughMonth),
    rows: rows.map((row) => ({
      provinceCode: row.provinceCode,
      clusterKey: row.clusterKey,
      allocationSatang: BigInt(row.allocation),
      disbursedSatang: BigInt(row.disbursed),
    })),
  };
}

export { getProjectSpending } from './view.js';
