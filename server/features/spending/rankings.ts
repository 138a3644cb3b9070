import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { rankUnits, type Ranking, type RankingQuery } from '../../../domain/spending/ranking.js';
import { targetPctAt } from '../../../domain/spending/targets.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { areas, clusterMemberships, clusters } from '../areas/tables.js';
import { spendingRollups as r } from './tables.js';
import { loadTargetYear } from './targets.js';

/** The last month with own-budget disbursement in the reader's roll-up rows of the year (0: none). */
export async function latestReportedMonth(tx: Queryable, fiscalYear: number): Promise<number> {
  const [row] = await tx
    .select({ month: sql<number | null>`max(${r.fiscalMonth})` })
    .from(r)
    .where(and(eq(r.fiscalYear, fiscalYear), eq(r.funds, 'budget'), sql`${r.disbursedSatang} <> 0`));
  return Number(row?.month ?? 0);
}

const allocation = sql<string>`coalesce(sum(${r.plannedSatang}), 0)::text`;
const disbursedThrough = (month: number) =>
  sql<string>`coalesce(sum(${r.disbursedSatang}) filter (where ${r.funds} = 'budget' and ${r.fiscalMonth} <= ${month}), 0)::text`;

/** A province's own projects (cluster projects are their cluster's), optionally of one cluster's members. */
async function provinceUnits(tx: Queryable, query: RankingQuery, month: number) {
  const members: SQL | undefined = query.clusterId
    ? sql`${r.provinceCode} in (select ${clusterMemberships.provinceCode} from ${clusterMemberships}
        where ${clusterMemberships.clusterId} = ${query.clusterId} and ${clusterMemberships.validTo} is null)`
    : undefined;
  return tx
    .select({
      code: r.provinceCode,
      nameTh: areas.nameTh,
      nameEn: areas.nameEn,
      allocation,
      disbursed: disbursedThrough(month),
    })
    .from(r)
    .innerJoin(areas, eq(areas.code, r.provinceCode))
    .where(and(eq(r.fiscalYear, query.fiscalYear), eq(r.clusterKey, 0), members))
    .groupBy(r.provinceCode, areas.nameTh, areas.nameEn);
}

/** A cluster: its cluster projects and its member provinces' own projects, each row counted once. */
async function clusterUnits(tx: Queryable, query: RankingQuery, month: number) {
  const clusterOfRow = sql`coalesce(nullif(${r.clusterKey}, 0), ${clusterMemberships.clusterId})`;
  return tx
    .select({
      code: sql<string>`${clusters.id}::text`,
      nameTh: clusters.nameTh,
      nameEn: clusters.nameEn,
      allocation,
      disbursed: disbursedThrough(month),
    })
    .from(r)
    .leftJoin(
      clusterMemberships,
      and(
        eq(r.clusterKey, 0),
        eq(clusterMemberships.provinceCode, r.provinceCode),
        isNull(clusterMemberships.validTo),
      ),
    )
    .innerJoin(clusters, sql`${clusters.id} = ${clusterOfRow}`)
    .where(eq(r.fiscalYear, query.fiscalYear))
    .groupBy(clusters.id, clusters.nameTh, clusters.nameEn);
}

/** Budget units: a province's own projects (P + province code), a cluster's projects (C + cluster id). */
async function budgetUnits(tx: Queryable, query: RankingQuery, month: number) {
  const unit = sql<string>`case when ${r.clusterKey} = 0 then 'P' || ${r.provinceCode} else 'C' || ${r.clusterKey} end`;
  return tx
    .select({
      code: unit,
      nameTh: sql<string>`coalesce(${clusters.nameTh}, ${areas.nameTh})`,
      nameEn: sql<string | null>`coalesce(${clusters.nameEn}, ${areas.nameEn})`,
      allocation,
      disbursed: disbursedThrough(month),
    })
    .from(r)
    .leftJoin(areas, and(eq(r.clusterKey, 0), eq(areas.code, r.provinceCode)))
    .leftJoin(clusters, eq(clusters.id, r.clusterKey))
    .where(eq(r.fiscalYear, query.fiscalYear))
    .groupBy(unit, clusters.nameTh, areas.nameTh, clusters.nameEn, areas.nameEn);
}

const UNITS_OF = { province: provinceUnits, cluster: clusterUnits, budget_unit: budgetUnits };

/**
 * Provinces, clusters or budget units ranked by disbursed percent against the cabinet's overall cumulative target
 * at the month the figures run to; read from the trigger-kept roll-ups only, under the reader's walls.
 */
export async function spendingRanking(
  deps: DatabaseDeps,
  actor: Actor,
  query: RankingQuery,
): Promise<Ranking> {
  authorize(actor, 'spending.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const month = query.throughMonth ?? (await latestReportedMonth(tx, query.fiscalYear));
    const units = await UNITS_OF[query.level](tx, query, month);
    const targets = (await loadTargetYear(tx, query.fiscalYear))?.targets ?? [];
    const targetPct = month === 0 ? null : targetPctAt(targets, 'overall', month);
    return {
      fiscalYear: query.fiscalYear,
      level: query.level,
      throughMonth: month,
      targetPct,
      rows: rankUnits(
        units.map((unit) => ({
          code: unit.code,
          nameTh: unit.nameTh,
          nameEn: unit.nameEn,
          allocationSatang: BigInt(unit.allocation),
          disbursedSatang: BigInt(unit.disbursed),
        })),
        targetPct,
      ),
    };
  });
}
