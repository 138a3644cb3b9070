import { sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectFilter } from '../../../domain/projects/project-query.js';
import type { ProjectMapData } from '../../../domain/projects/project-map.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { projectLocations, projectProvinceShares } from './child-tables.js';
import { projectFilterSql } from './filters.js';
import { projects } from './tables.js';

/**
 * The project map: per province the projects working there and their money (a cluster project's
 * share of it, split to the satang by largest remainder as `splitByShares` does, else all of it in
 * the owning province, so the provinces sum to the projects' total exactly); with a province
 * chosen, a point per area its projects name (the drawn point where there is one, else the area's).
 */
export async function projectMap(
  deps: DatabaseDeps,
  actor: Actor,
  filter: ProjectFilter,
): Promise<ProjectMapData> {
  authorize(actor, 'project.read');
  const province = filter.areaCode?.slice(0, 2);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = (await projectFilterSql(tx, actor, filter)) ?? sql`true`;
    const provinces = await selectRows<{ province_code: string; projects: number; money: string }>(
      tx,
      sql`with chosen as (select id, province_code, total_satang from ${projects} where ${where}),
        places as (
          select c.id, left(l.area_code, 2) as pc from chosen c join ${projectLocations} l on l.project_id = c.id
          union select c.id, c.province_code from chosen c
          union select s.project_id, s.share_province_code
            from chosen c join ${projectProvinceShares} s on s.project_id = c.id),
        exact as (
          select s.project_id, s.share_province_code as pc, c.total_satang,
            div(c.total_satang::numeric * s.share_bp, 10000) as floor_part,
            mod(c.total_satang::numeric * s.share_bp, 10000) as remainder
          from chosen c join ${projectProvinceShares} s on s.project_id = c.id),
        ranked as (
          select pc, floor_part,
            row_number() over (partition by project_id order by remainder desc, pc) as place,
            total_satang - sum(floor_part) over (partition by project_id) as left_over
          from exact),
        money as (
          select pc, sum(part) as money from (
            select pc, floor_part + case when place <= left_over then 1 else 0 end as part from ranked
            union all
            select c.province_code, c.total_satang from chosen c
              where not exists (select 1 from exact x where x.project_id = c.id)) parts
          group by pc)
        select p.pc as province_code, count(*)::int as projects, coalesce(max(m.money), 0)::text as money
        from places p left join money m on m.pc = p.pc
        where p.pc ~ '^[0-9]{2}$'
        group by p.pc order by p.pc`,
    );
    const points = province
      ? await selectRows<{
          area_code: string;
          name_th: string | null;
          lat: number | null;
          lon: number | null;
          projects: number;
        }>(
          tx,
          sql`select l.area_code, a.name_th,
              coalesce(avg((l.geometry->'coordinates'->>1)::float8) filter (where l.geometry->>'type' = 'Point'), a.lat) as lat,
              coalesce(avg((l.geometry->'coordinates'->>0)::float8) filter (where l.geometry->>'type' = 'Point'), a.lon) as lon,
              count(distinct l.project_id)::int as projects
            from ${projectLocations} l
            join ${projects} on ${projects.id} = l.project_id
            left join areas a on a.code = l.area_code
            where ${where} and l.area_code like ${`${province}%`}
            group by l.area_code, a.name_th, a.lat, a.lon order by l.area_code`,
        )
      : [];
    return {
      provinces: provinces.map((row) => ({
        provinceCode: row.province_code,
        projects: Number(row.projects),
        totalSatang: row.money,
      })),
      points: points.map((row) => ({
        areaCode: row.area_code,
        nameTh: row.name_th,
        lat: row.lat === null ? null : Number(row.lat),
        lon: row.lon === null ? null : Number(row.lon),
        projects: Number(row.projects),
      })),
    };
  });
}
