import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import type { Shortfall } from '../../../domain/indicators/figures.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';

/** A figure falls short of the effective target (the province's, else the catalogue default), read the indicator's way. */
const shortOfTarget = sql`(case when i.direction = 'higher_is_better' then f.value < coalesce(t.target, i.default_target)
                                 else f.value > coalesce(t.target, i.default_target) end)`;

/** Figures (stored for villages, rolled up above) that fall short of their target, in area then indicator order. */
function shortfallRows(tx: Queryable, source: SQL, where: SQL, limit: number) {
  return selectRows<Shortfall>(
    tx,
    sql`select f.indicator_id as "indicatorId", i.code as "indicatorCode", i.name_th as "nameTh", i.name_en as "nameEn",
               i.unit_th as "unitTh", i.unit_en as "unitEn", f.area_code as "areaCode",
               coalesce(a.name_th, f.area_code) as "areaNameTh", a.name_en as "areaNameEn", f.year, f.value,
               coalesce(t.target, i.default_target) as target
        from ${source} f
        join indicators i on i.id = f.indicator_id
        left join indicator_targets t on t.indicator_id = f.indicator_id and t.province_code = f.province_code
        left join areas a on a.code = f.area_code
        where ${where} and coalesce(t.target, i.default_target) is not null and ${shortOfTarget}
        order by f.area_code, i.code
        limit ${limit}`,
  );
}

/** Areas of a province below the provincial target, one level, keyset-paged by area and indicator. */
export async function belowTarget(
  deps: DatabaseDeps,
  actor: Actor,
  query: {
    provinceCode: string;
    year: number;
    level: 'district' | 'subdistrict' | 'village';
    indicatorId?: string;
    cursor?: [string, string];
    limit: number;
  },
): Promise<{ items: Shortfall[]; nextCursor: string | null }> {
  authorize(actor, 'indicator.read');
  const source = query.level === 'village' ? sql`indicator_values` : sql`indicator_rollups`;
  const conditions = [
    sql`f.province_code = ${query.provinceCode}`,
    sql`f.year = ${query.year}`,
    sql`f.level = ${query.level}`,
  ];
  if (query.indicatorId) {
    conditions.push(sql`f.indicator_id = ${query.indicatorId}`);
  }
  if (query.cursor) {
    conditions.push(sql`(f.area_code, i.code) > (${query.cursor[0]}, ${query.cursor[1]})`);
  }
  const rows = await inActorReadTransaction(deps.database, actor, (tx) =>
    shortfallRows(tx, source, sql.join(conditions, sql` and `), query.limit + 1),
  );
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.areaCode, last.indicatorCode]) : null,
  };
}

/**
 * What the need form suggests citing: for the area and each area above it, the latest figure of
 * every indicator that falls short of its target.
 */
export async function suggestionsFor(
  deps: DatabaseDeps,
  actor: Actor,
  areaCode: string,
): Promise<Shortfall[]> {
  authorize(actor, 'indicator.read');
  const above = [2, 4, 6]
    .filter((length) => length < areaCode.length)
    .map((length) => areaCode.slice(0, length));
  const latest = (source: SQL, codes: string[]) =>
    sql`f.area_code = any(${sql.param(codes)}::text[]) and f.year = (select max(y.year) from ${source} y
          where y.indicator_id = f.indicator_id and y.area_code = f.area_code)`;
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const village =
      areaCode.length === 8
        ? await shortfallRows(tx, sql`indicator_values`, latest(sql`indicator_values`, [areaCode]), 100)
        : [];
    const rolled = await shortfallRows(
      tx,
      sql`indicator_rollups`,
      latest(sql`indicator_rollups`, areaCode.length === 8 ? above : [...above, areaCode]),
      100,
    );
    // The most local figure first: it is the strongest evidence for a need on this area.
    return [...village, ...rolled].sort((a, b) => b.areaCode.length - a.areaCode.length);
  });
}
