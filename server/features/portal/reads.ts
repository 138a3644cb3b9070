import { sql } from 'drizzle-orm';
import type { OpenProject } from '../../../domain/open-data/datasets.js';
import type { OpenProjectKey } from '../../../domain/open-data/query.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { selectRows } from '../../platform/db/client.js';
import {
  inPublicReadTransaction,
  loadDataset,
  openProjectByCode,
  openProjectPage,
  POSITION,
} from '../open-data/public.js';
import { projectPhotos } from './photos.js';

/** What the portal's pages show, read through the public path only (published rows, public columns). */
export type ProvinceRow = {
  code: string;
  nameTh: string;
  nameEn: string | null;
  projects: number;
  totalSatang: string;
};
export type MapPoint = { code: string; title: string; latitude: number; longitude: number };

const PAGE = 50;

export function provinceList(deps: DatabaseDeps): Promise<ProvinceRow[]> {
  return inPublicReadTransaction(deps.database, (tx) =>
    selectRows<ProvinceRow>(
      tx,
      sql`select pr.code, pr.name_th as "nameTh", pr.name_en as "nameEn", count(p.id)::int as projects,
        coalesce(sum(p.total_satang), 0)::text as "totalSatang"
      from open_provinces pr left join open_projects p on p.province_code = pr.code
      group by pr.code, pr.name_th, pr.name_en order by pr.name_th`,
    ),
  );
}

/** A province's page: totals, published plans and action plans, a page of projects and the map's points. */
export function provincePage(deps: DatabaseDeps, provinceCode: string, after?: OpenProjectKey) {
  return inPublicReadTransaction(deps.database, async (tx) => {
    const [province] = await selectRows<{ code: string; nameTh: string; nameEn: string | null }>(
      tx,
      sql`select code, name_th as "nameTh", name_en as "nameEn" from open_provinces where code = ${provinceCode}`,
    );
    if (!province) {
      return null;
    }
    const [totals] = await selectRows<{ projects: number; totalSatang: string; disbursedSatang: string }>(
      tx,
      sql`select count(*)::int as projects, coalesce(sum(p.total_satang), 0)::text as "totalSatang",
        (select coalesce(sum(s.disbursed_satang), 0) from open_project_spending s
          where s.province_code = ${provinceCode})::text as "disbursedSatang"
      from open_projects p where p.province_code = ${provinceCode}`,
    );
    const points = await selectRows<MapPoint>(
      tx,
      sql`select code, title, lat as latitude, lon as longitude from (
        select distinct on (p.code) p.code, p.title, p.fiscal_year, ${POSITION}
        from open_projects p join open_project_locations l on l.project_id = p.id
        where p.province_code = ${provinceCode} order by p.code, l.area_code) located
      where lat is not null and lon is not null order by fiscal_year desc, code limit 500`,
    );
    const projects = await openProjectPage(tx, { provinceCode }, PAGE, after);
    return {
      province,
      totals: totals ?? { projects: 0, totalSatang: '0', disbursedSatang: '0' },
      plans: await loadDataset(tx, 'plans', { provinceCode }),
      actionPlans: await loadDataset(tx, 'action-plans', { provinceCode }),
      projects,
      nextKey: projects.length === PAGE ? keyOf(projects.at(-1)) : null,
      points,
    };
  });
}

const keyOf = (project: OpenProject | undefined): OpenProjectKey | null =>
  project ? { fy: project.fiscalYear, code: project.code } : null;

/** A project's page: the record, its months of spending, the needs it answers and its assets. */
export function projectPage(deps: DatabaseDeps, code: string) {
  return inPublicReadTransaction(deps.database, async (tx) => {
    const project = await openProjectByCode(tx, code);
    if (!project) {
      return null;
    }
    const spending = await selectRows<{
      fiscalYear: number;
      fiscalMonth: number;
      committed: string;
      disbursed: string;
    }>(
      tx,
      sql`select fiscal_year as "fiscalYear", fiscal_month as "fiscalMonth", committed_satang::text as committed,
        disbursed_satang::text as disbursed from open_project_spending where project_id = ${project.id}
      order by fiscal_year, fiscal_month`,
    );
    const needs = await selectRows<{
      referenceNo: string;
      title: string;
      areaName: string;
      households: number;
    }>(
      tx,
      sql`select reference_no as "referenceNo", title, area_name_th as "areaName", households
      from open_project_needs where project_id = ${project.id} order by reference_no`,
    );
    const assets = await selectRows<{
      code: string;
      description: string;
      quantity: number;
      unit: string | null;
    }>(
      tx,
      sql`select code, description, quantity, unit from open_assets where project_id = ${project.id} order by code`,
    );
    const locations = await selectRows<{ areaCode: string; areaName: string }>(
      tx,
      sql`select area_code as "areaCode", area_name_th as "areaName" from open_project_locations
      where project_id = ${project.id} order by area_code`,
    );
    return { project, spending, needs, assets, locations, photos: await projectPhotos(tx, project.id) };
  });
}

/** Projects and plans whose title has the words (Thai substring, trigram-indexed). */
export function searchPortal(deps: DatabaseDeps, q: string) {
  return inPublicReadTransaction(deps.database, async (tx) => {
    const projects = await openProjectPage(tx, { q }, PAGE);
    const pattern = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const plans = await selectRows<{ id: string; title: string; provinceCode: string }>(
      tx,
      sql`select id, title, province_code as "provinceCode" from open_plans where title ilike ${pattern}
      order by province_code, period_start limit ${PAGE}`,
    );
    return { projects, plans };
  });
}

export type PlanView = {
  id: string;
  title: string;
  provinceCode: string;
  periodStart: number;
  periodEnd: number;
  versionNo: number;
  vision: string | null;
  developmentGoal: string | null;
  publishedAt: Date | string | null;
};

/** A published plan version for the structured view, or null. */
export async function planPage(deps: DatabaseDeps, id: string): Promise<PlanView | null> {
  const [plan] = await inPublicReadTransaction(deps.database, (tx) =>
    selectRows<PlanView>(
      tx,
      sql`select id, title, province_code as "provinceCode", period_start as "periodStart",
        period_end as "periodEnd", version_no as "versionNo", vision, development_goal as "developmentGoal",
        published_at as "publishedAt" from open_plans where id = ${id}`,
    ),
  );
  return plan ?? null;
}

type Named = { nameTh: string; nameEn: string | null };

/** The places (districts, then their subdistricts) and topics a citizen picks from; null for an unknown province. */
export function needFormChoices(deps: DatabaseDeps, provinceCode: string) {
  return inPublicReadTransaction(deps.database, async (tx) => {
    const [province] = await selectRows<Named>(
      tx,
      sql`select name_th as "nameTh", name_en as "nameEn" from open_provinces where code = ${provinceCode}`,
    );
    if (!province) {
      return null;
    }
    const areas = await selectRows<Named & { code: string; level: string }>(
      tx,
      sql`select code, level, name_th as "nameTh", name_en as "nameEn" from open_areas
      where province_code = ${provinceCode} order by code`,
    );
    const dimensions = await selectRows<Named & { id: number }>(
      tx,
      sql`select id, name_th as "nameTh", name_en as "nameEn" from open_need_dimensions order by sort_order, id`,
    );
    return { province, areas, dimensions };
  });
}
