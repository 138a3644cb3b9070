import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { summarizeAchievement } from '../../../domain/results/achievement.js';
import {
  addKpiSums,
  rollUpKpis,
  type KpiRollup,
  type KpiRollupQuery,
} from '../../../domain/results/kpi-rollup.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { listClusters } from '../areas/public.js';
import { kpiRollups } from './kpi-tables.js';

const totalsOf = (sums: { kpis: number; kpisAchieved: number; achievementBpSum: number }) => ({
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
 * cluster (its plan and its members' plans added), or one national row; the total is the sums of
 * the units (a province asked for keeps its rows, or at cluster level the clusters it belongs to).
 */
export async function kpiRollup(deps: DatabaseDeps, actor: Actor, query: KpiRollupQuery): Promise<KpiRollup> {
  authorize(actor, 'result.read', query.provinceCode);
  const clusters =
    query.level === 'cluster'
      ? (await listClusters(deps, actor, {})).items.map((cluster) => ({
          id: cluster.id,
          members: cluster.members.map((member) => member.provinceCode),
        }))
      : [];
  const rows = await inActorTransaction(deps.database, actor, async (tx) =>
    tx
      .select({
        provinceCode: kpiRollups.provinceCode,
        clusterKey: kpiRollups.clusterKey,
        kpis: sql<number>`sum(${kpiRollups.kpis})::int`,
        kpisAchieved: sql<number>`sum(${kpiRollups.kpisAchieved})::int`,
        achievementBpSum: sql<number>`sum(${kpiRollups.achievementBpSum})::bigint`.mapWith(Number),
      })
      .from(kpiRollups)
      .where(
        and(
          eq(kpiRollups.fiscalYear, query.fiscalYear),
          query.provinceCode && query.level !== 'cluster'
            ? eq(kpiRollups.provinceCode, query.provinceCode)
            : undefined,
        ),
      )
      .groupBy(kpiRollups.provinceCode, kpiRollups.clusterKey),
  );
  const units = rollUpKpis(
    rows,
    query.level,
    clusters.filter((cluster) => !query.provinceCode || cluster.members.includes(query.provinceCode)),
  );
  return {
    fiscalYear: query.fiscalYear,
    level: query.level,
    rows: units.map(({ provinceCode, clusterId, ...sums }) => ({
      provinceCode,
      clusterId,
      ...totalsOf(sums),
    })),
    total: totalsOf(addKpiSums(units)),
  };
}
