import { sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { BlindSpots } from '../../../domain/indicators/figures.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';

/** How far back a figure still counts as seeing an area. */
const YEARS_OF_SIGHT = 2;

/**
 * Where a province is blind: areas with needs but no indicator figure in the year or the two
 * before, and subdistricts below target on some indicator with no need recorded in or above them
 * and no project located in or above them. Needs and project locations are read under the actor's
 * row-level security, so a reader only learns of the gaps of provinces they see.
 */
export async function blindSpots(
  deps: DatabaseDeps,
  actor: Actor,
  query: { provinceCode: string; year: number },
): Promise<BlindSpots> {
  authorize(actor, 'need.read', query.provinceCode);
  const { provinceCode, year } = query;
  const since = year - YEARS_OF_SIGHT;
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const needsWithoutData = await selectRows<BlindSpots['needsWithoutData'][number]>(
      tx,
      sql`select n.area_code as "areaCode", coalesce(a.name_th, n.area_code) as "nameTh", a.name_en as "nameEn",
                 count(*)::int as needs
          from needs n
          left join areas a on a.code = n.area_code
          where n.province_code = ${provinceCode} and n.merged_into_id is null
            and not exists (select 1 from indicator_rollups r where r.province_code = ${provinceCode}
                              and r.area_code = n.area_code and r.year between ${since} and ${year})
            and not exists (select 1 from indicator_values v where v.area_code = n.area_code
                              and v.year between ${since} and ${year})
          group by n.area_code, a.name_th, a.name_en
          order by n.area_code`,
    );
    const poorWithoutResponse = await selectRows<BlindSpots['poorWithoutResponse'][number]>(
      tx,
      sql`select f.area_code as "areaCode", coalesce(a.name_th, f.area_code) as "nameTh", a.name_en as "nameEn",
                 count(*)::int as "indicatorsBelowTarget", array_agg(i.code order by i.code) as "indicatorCodes"
          from indicator_rollups f
          join indicators i on i.id = f.indicator_id
          left join indicator_targets t on t.indicator_id = f.indicator_id and t.province_code = f.province_code
          left join areas a on a.code = f.area_code
          where f.province_code = ${provinceCode} and f.year = ${year} and f.level = 'subdistrict'
            and coalesce(t.target, i.default_target) is not null
            and (case when i.direction = 'higher_is_better' then f.value < coalesce(t.target, i.default_target)
                      else f.value > coalesce(t.target, i.default_target) end)
            and not exists (select 1 from needs n where n.province_code = ${provinceCode}
                              and (n.area_code like f.area_code || '%' or f.area_code like n.area_code || '%'))
            and not exists (select 1 from project_locations l where l.province_code = ${provinceCode}
                              and (l.area_code like f.area_code || '%' or f.area_code like l.area_code || '%'))
          group by f.area_code, a.name_th, a.name_en
          order by count(*) desc, f.area_code`,
    );
    return { provinceCode, year, needsWithoutData, poorWithoutResponse };
  });
}
