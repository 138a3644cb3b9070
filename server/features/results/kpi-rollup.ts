import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { summarizeAchievement } from '../../../domain/results/achievement.js';
import type { KpiRollup, KpiRollupQuery } from '../../../domain/results/kpi-rollup.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { kpiRollups } from './kpi-tables.js';

type Sums = { kpis: number; kpisAchieved: number; achievementBpSum: number };

const totalsOf = (sums: Sums) => ({
  kpis: sums.kpis,
  kpisAchieved: sums.kpisAchieved,
  kpisMissed: sums.kpis - sums.kpisAchieved,
  ...summarizeAchievement({
    indicators: sums.kpis,
    achieved: sums.kpisAchieved,
    achievementBpSum: sums.achievementBpSum,
  }),
});

/**
 * Yearly KPI achievement in the reader's scope (RLS on the roll-up): per province's own plan, per
 * cluster plan, or one national row; the total is the same sums over every row the reader sees.
 */
export async function kpiRollup(deps: DatabaseDeps, actor: Actor, query: KpiRollupQuery): Promise<KpiRollup> {
  authorize(actor, 'result.read', query.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const level: Record<KpiRollupQuery['level'], { keys: SQL[]; where?: SQL }> = {
      province: { keys: [sql`${kpiRollups.provinceCode}`], where: eq(kpiRollups.clusterKey, 0) },
      cluster: { keys: [sql`${kpiRollups.clusterKey}`], where: ne(kpiRollups.clusterKey, 0) },
      nation: { keys: [] },
    };
    const { keys, where } = level[query.level];
    const select = tx
      .select({
        provinceCode: query.level === 'province' ? kpiRollups.provinceCode : sql<null>`null`,
        clusterKey: query.level === 'cluster' ? kpiRollups.clusterKey : sql<null>`null`,
        kpis: sql<number>`sum(${kpiRollups.kpis})::int`,
        kpisAchieved: sql<number>`sum(${kpiRollups.kpisAchieved})::int`,
        achievementBpSum: sql<string>`sum(${kpiRollups.achievementBpSum})`,
      })
      .from(kpiRollups)
      .where(
        and(
          eq(kpiRollups.fiscalYear, query.fiscalYear),
          where,
          query.provinceCode ? eq(kpiRollups.provinceCode, query.provinceCode) : undefined,
        ),
      )
      .$dynamic();
    const rows = await (keys.length === 0 ? select : select.groupBy(...keys).orderBy(...keys));
    const counted = rows
      .map((row) => ({ ...row, achievementBpSum: Number(row.achievementBpSum ?? 0) }))
      .filter((row) => row.kpis > 0);
    const sum = counted.reduce(
      (all, row) => ({
        kpis: all.kpis + row.kpis,
        kpisAchieved: all.kpisAchieved + row.kpisAchieved,
        achievementBpSum: all.achievementBpSum + row.achievementBpSum,
      }),
      { kpis: 0, kpisAchieved: 0, achievementBpSum: 0 },
    );
    return {
      fiscalYear: query.fiscalYear,
      level: query.level,
      rows: counted.map((row) => ({
        provinceCode: row.provinceCode,
        clusterId: row.clusterKey,
        ...totalsOf(row),
      })),
      total: totalsOf(sum),
    };
  });
}
