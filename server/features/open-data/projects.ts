import { sql, type SQL } from 'drizzle-orm';
import type { OpenProject } from '../../../domain/open-data/datasets.js';
import { oc4idsProjectId } from '../../../domain/open-data/oc4ids.js';
import type { OpenFilter, OpenProjectKey } from '../../../domain/open-data/query.js';
import { PROJECT_STATUS_LABELS, type ProjectStatus } from '../../../domain/projects/project.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';

type ProjectRow = Omit<OpenProject, 'externalId' | 'statusLabel' | 'updatedAt'> & {
  updatedAt: Date | string;
};

/** Filters on open_projects (alias p); the title search is a substring match served by the trigram index. */
export function projectConditions(filter: OpenFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.provinceCode) {
    parts.push(sql`p.province_code = ${filter.provinceCode}`);
  }
  if (filter.fiscalYear) {
    parts.push(sql`p.fiscal_year = ${filter.fiscalYear}`);
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    parts.push(sql`(p.title ilike ${pattern} or p.code ilike ${pattern})`);
  }
  return sql.join(parts, sql` and `);
}

/**
 * Where a location sits on the map (alias l of open_project_locations): its drawn point, the first
 * point of its line, else its area's centre.
 */
export const POSITION = sql`coalesce(
    (case l.geometry->>'type' when 'Point' then l.geometry->'coordinates'->>1 else l.geometry->'coordinates'->0->>1 end)::float8,
    l.area_lat) as lat,
  coalesce(
    (case l.geometry->>'type' when 'Point' then l.geometry->'coordinates'->>0 else l.geometry->'coordinates'->0->>0 end)::float8,
    l.area_lon) as lon`;

const PROJECT_COLUMNS = sql`p.code, p.fiscal_year as "fiscalYear", p.province_code as "provinceCode",
  pr.name_th as "provinceName", p.scope, p.title, p.objective, p.budget_type as "budgetType",
  p.category, p.status, p.total_satang::text as "totalSatang",
  coalesce(m.committed, 0)::text as "committedSatang", coalesce(m.disbursed, 0)::text as "disbursedSatang",
  p.beneficiary_households as "beneficiaryHouseholds", p.beneficiary_people as "beneficiaryPeople",
  p.implementing_agency_name as "implementingAgency", p.emenscr_code as "emenscrCode",
  p.budget_bureau_code as "budgetBureauCode", p.gfmis_code as "gfmisCode", p.egp_number as "egpNumber",
  pt.lat as "latitude", pt.lon as "longitude", p.updated_at as "updatedAt"`;

const PROJECT_JOINS = sql`left join open_provinces pr on pr.code = p.province_code
  left join lateral (select sum(s.committed_satang) as committed, sum(s.disbursed_satang) as disbursed
    from open_project_spending s where s.project_id = p.id) m on true
  left join lateral (select ${POSITION} from open_project_locations l where l.project_id = p.id
    order by l.area_code limit 1) pt on true`;

export function presentOpenProject(row: ProjectRow): OpenProject {
  return {
    ...row,
    externalId: oc4idsProjectId(row.code),
    statusLabel: PROJECT_STATUS_LABELS[row.status as ProjectStatus]?.th ?? row.status,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** One keyset page of published projects, newest fiscal year first, then by code. */
export async function openProjectPage(
  tx: Queryable,
  filter: OpenFilter,
  limit: number,
  after?: OpenProjectKey,
): Promise<OpenProject[]> {
  const keyset = after
    ? sql`and (p.fiscal_year < ${after.fy} or (p.fiscal_year = ${after.fy} and p.code > ${after.code}))`
    : sql``;
  const rows = await selectRows<ProjectRow>(
    tx,
    sql`select ${PROJECT_COLUMNS} from open_projects p ${PROJECT_JOINS}
      where ${projectConditions(filter)} ${keyset}
      order by p.fiscal_year desc, p.code limit ${limit}`,
  );
  return rows.map(presentOpenProject);
}

/** A published project by its code, or null (a draft is not found, never told apart). */
export async function openProjectByCode(
  tx: Queryable,
  code: string,
): Promise<(OpenProject & { id: string }) | null> {
  const [row] = await selectRows<ProjectRow & { id: string }>(
    tx,
    sql`select p.id, ${PROJECT_COLUMNS} from open_projects p ${PROJECT_JOINS} where p.code = ${code} order by p.fiscal_year desc limit 1`,
  );
  return row ? { ...presentOpenProject(row), id: row.id } : null;
}
