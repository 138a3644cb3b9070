import { sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { AreaLevel } from '../../../domain/areas/area-code.js';
import { isBelowTarget, yearOverYear } from '../../../domain/indicators/aggregation.js';
import type { IndicatorDirection } from '../../../domain/indicators/catalogue.js';
import type { AreaFigure, AreaFigures } from '../../../domain/indicators/figures.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { findIndicator } from './catalogue.js';
import { presentIndicator } from './presenter.js';

type FigureRow = {
  areaCode: string;
  level: AreaLevel;
  nameTh: string | null;
  nameEn: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  previousValue: number | null;
  target: number | null;
};

/** Roll-up rows (or, under a subdistrict, stored village figures) with last year's and the province target. */
function figureRows(
  tx: Queryable,
  indicatorId: string,
  year: number,
  where: 'parent' | 'area',
  code: string,
) {
  const villages = where === 'parent' && code.length === 6;
  const source = villages ? sql`indicator_values` : sql`indicator_rollups`;
  const filter = villages
    ? sql`f.province_code = ${code.slice(0, 2)} and f.level = 'village' and f.area_code like ${`${code}%`}`
    : where === 'parent'
      ? sql`f.parent_code = ${code}`
      : sql`f.area_code = ${code}`;
  return selectRows<FigureRow>(
    tx,
    sql`select f.area_code as "areaCode", f.level, a.name_th as "nameTh", a.name_en as "nameEn", f.value, f.numerator,
               f.denominator, p.value as "previousValue", coalesce(t.target, i.default_target) as target
        from ${source} f
        join indicators i on i.id = f.indicator_id
        left join ${source} p on p.indicator_id = f.indicator_id and p.year = f.year - 1 and p.area_code = f.area_code
        left join areas a on a.code = f.area_code
        left join indicator_targets t on t.indicator_id = f.indicator_id and t.province_code = f.province_code
        where f.indicator_id = ${indicatorId} and f.year = ${year} and ${filter}
        order by f.area_code`,
  );
}

const presentFigure =
  (direction: IndicatorDirection) =>
  (row: FigureRow): AreaFigure => {
    const trend = yearOverYear(direction, row.value, row.previousValue);
    return {
      ...row,
      nameTh: row.nameTh ?? row.areaCode,
      change: trend?.change ?? null,
      improved: trend?.improved ?? null,
      belowTarget: row.target !== null && isBelowTarget(direction, row.value, row.target),
    };
  };

/**
 * An indicator's figures for the areas one level below `parent` ('' = every province: the national
 * map) in one survey year, each with last year's figure, the change and its province's target.
 */
export async function areaFigures(
  deps: DatabaseDeps,
  actor: Actor,
  indicatorId: string,
  query: { year: number; parent: string },
): Promise<AreaFigures> {
  authorize(actor, 'indicator.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const indicator = await findIndicator(tx, indicatorId);
    const present = presentFigure(indicator.direction);
    const rows = await figureRows(tx, indicatorId, query.year, 'parent', query.parent);
    const [parent] =
      query.parent === '' ? [] : await figureRows(tx, indicatorId, query.year, 'area', query.parent);
    return {
      indicator: presentIndicator(indicator),
      year: query.year,
      parent: query.parent,
      parentFigure: parent ? present(parent) : null,
      items: rows.map(present),
    };
  });
}
