import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type {
  NeedMapQuery,
  NeedRollupQuery,
  RollupGroup,
  RollupLevel,
} from '../../../domain/needs/need-query.js';
import type { NeedMapData, NeedRollup } from '../../../domain/needs/need-reports.js';
import {
  NEED_ORIGIN_LABELS,
  NEED_STATUS_LABELS,
  type NeedOrigin,
  type NeedStatus,
} from '../../../domain/needs/need.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import { clusterMembersOf, needFilterSql } from './filters.js';
import { rollupBase, rollupByArea } from './rollup-scope.js';
import { needs } from './tables.js';

const LEVEL_LENGTH: Record<RollupLevel, number> = { province: 2, district: 4, subdistrict: 6 };

type Totals = {
  key: string;
  label_th: string | null;
  label_en: string | null;
  needs: number;
  households: number;
  people: number;
};

/** The level an area roll-up reports at: as asked, else one below the area asked for. */
export function rollupLevelFor(areaCode: string | undefined, level: RollupLevel | undefined): RollupLevel {
  if (level) {
    return level;
  }
  if (!areaCode) {
    return 'province';
  }
  return areaCode.length === 2 ? 'district' : 'subdistrict';
}

function groupSql(groupBy: RollupGroup, length: number): { key: SQL; from: SQL; label: SQL } {
  switch (groupBy) {
    case 'area':
      return {
        key: sql`left(${needs.areaCode}, ${sql.raw(String(length))})`,
        from: sql`left join areas a on a.code = g.key`,
        label: sql`a.name_th as label_th, a.name_en as label_en`,
      };
    case 'dimension':
      return {
        key: sql`${needs.dimensionId}::text`,
        from: sql`left join need_dimensions d on d.id::text = g.key`,
        label: sql`d.name_th as label_th, d.name_en as label_en`,
      };
    case 'origin':
    case 'status':
      return {
        key: groupBy === 'origin' ? sql`${needs.origin}` : sql`${needs.status}`,
        from: sql``,
        label: sql`null as label_th, null as label_en`,
      };
  }
}

function labelsOf(groupBy: RollupGroup, row: Totals): { labelTh: string | null; labelEn: string | null } {
  if (groupBy === 'origin') {
    const label = NEED_ORIGIN_LABELS[row.key as NeedOrigin];
    return { labelTh: label?.th ?? row.key, labelEn: label?.en ?? row.key };
  }
  if (groupBy === 'status') {
    const label = NEED_STATUS_LABELS[row.key as NeedStatus];
    return { labelTh: label?.th ?? row.key, labelEn: label?.en ?? row.key };
  }
  return { labelTh: row.label_th, labelEn: row.label_en };
}

/** Roll-up rows of the member provinces of a cluster filter; nothing without one. */
const inMembers = (members: readonly string[] | undefined): SQL =>
  members ? sql`and province_code = any(${sql.param(members)}::text[])` : sql``;

/** Sums per group from the roll-up table; undefined when the area is finer than it keeps (a village). */
function rollupTotals(
  actor: Actor,
  query: NeedRollupQuery,
  length: number,
  members: readonly string[] | undefined,
): SQL | undefined {
  const year = sql`${query.fiscalYear ? sql`and fiscal_year = ${query.fiscalYear}` : sql``} ${inMembers(members)}`;
  const sums = sql`sum(needs)::int as needs, sum(households)::bigint as households, sum(people)::bigint as people`;
  if (query.groupBy === 'area') {
    const rows = rollupByArea(actor, query.areaCode, length);
    return rows
      ? sql`select left(scope_code, ${sql.raw(String(length))}) as key, ${sums} from need_rollups
          where kind = 'status' and key <> 'merged' and ${rows} ${year} group by 1 having sum(needs) > 0`
      : undefined;
  }
  const rows = rollupBase(actor, query.areaCode);
  return rows
    ? sql`select key, ${sums} from need_rollups
        where kind = ${query.groupBy} and key <> 'merged' and ${rows} ${year} group by 1 having sum(needs) > 0`
    : undefined;
}

/**
 * Needs, households and people per area, dimension, origin or status; merged needs count in their
 * target. Read from need_rollups (kept current by triggers); a village-level area sums its needs.
 */
export async function needRollups(
  deps: DatabaseDeps,
  actor: Actor,
  query: NeedRollupQuery,
): Promise<NeedRollup> {
  authorize(actor, 'need.read');
  const filter = { areaCode: query.areaCode, clusterId: query.clusterId, fiscalYear: query.fiscalYear };
  const level = rollupLevelFor(query.areaCode, query.level);
  const group = groupSql(query.groupBy, LEVEL_LENGTH[level]);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const clusterMembers = await clusterMembersOf(tx, filter);
    const where = needFilterSql(actor, filter, { excludeMerged: true, clusterMembers });
    const totals =
      rollupTotals(actor, query, LEVEL_LENGTH[level], clusterMembers) ??
      sql`select ${group.key} as key, count(*)::int as needs, coalesce(sum(${needs.households}), 0)::int as households,
            coalesce(sum(${needs.people}), 0)::int as people
          from ${needs} where ${where ?? sql`true`} group by 1`;
    const rows = await selectRows<Totals>(
      tx,
      sql`with g as (${totals})
      select g.key, ${group.label}, g.needs, g.households, g.people from g ${group.from}
      order by ${query.groupBy === 'area' ? sql`g.key` : sql`g.needs desc, g.key`}`,
    );
    return {
      groupBy: query.groupBy,
      level: query.groupBy === 'area' ? level : null,
      items: rows.map((row) => ({
        key: row.key,
        ...labelsOf(query.groupBy, row),
        needs: Number(row.needs),
        households: Number(row.households),
        people: Number(row.people),
      })),
    };
  });
}

/** Points per subdistrict of a province (village needs count for their subdistrict) and totals per province, from the roll-ups. */
export async function needMap(deps: DatabaseDeps, actor: Actor, query: NeedMapQuery): Promise<NeedMapData> {
  authorize(actor, 'need.read', query.areaCode);
  const year = query.fiscalYear ? sql`and fiscal_year = ${query.fiscalYear}` : sql``;
  const unmerged = sql`kind = 'status' and key <> 'merged'`;
  const pointRows = query.areaCode ? rollupByArea(actor, query.areaCode, 6) : undefined;
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const members = await clusterMembersOf(tx, query);
    const provinces = await selectRows<{ province_code: string; needs: number }>(
      tx,
      sql`select province_code, sum(needs)::int as needs from need_rollups
        where ${unmerged} and ${rollupBase(actor, undefined) ?? sql`false`} ${year} ${inMembers(members)}
        group by 1 having sum(needs) > 0 order by 1`,
    );
    const points = pointRows
      ? await selectRows<{
          code: string;
          name_th: string | null;
          lat: number | null;
          lon: number | null;
          needs: number;
        }>(
          tx,
          sql`with g as (select scope_code as code, sum(needs)::int as needs from need_rollups
              where ${unmerged} and ${pointRows} and length(scope_code) = 6 ${year} group by 1 having sum(needs) > 0)
            select g.code, a.name_th, a.lat, a.lon, g.needs from g left join areas a on a.code = g.code order by g.code`,
        )
      : [];
    return {
      points: points.map((point) => ({
        code: point.code,
        nameTh: point.name_th,
        lat: point.lat,
        lon: point.lon,
        needs: Number(point.needs),
      })),
      provinces: provinces.map((row) => ({ provinceCode: row.province_code, needs: Number(row.needs) })),
    };
  });
}
