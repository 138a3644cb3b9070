import { sql } from 'drizzle-orm';
import { toCsv } from '../../../domain/open-data/csv.js';
import { OPEN_DATASETS, type OpenDatasetName } from '../../../domain/open-data/datasets.js';
import { columnsOf } from '../../../domain/open-data/dictionary.js';
import {
  oc4idsPackage,
  toOc4idsProject,
  type Oc4idsLocation,
  type Oc4idsPackage,
} from '../../../domain/open-data/oc4ids.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import type { OpenFilter, OpenProjectListQuery, OpenProjectPage } from '../../../domain/open-data/query.js';
import type { ProjectGeometry } from '../../../domain/projects/locations.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { loadDataset } from './datasets.js';
import { openProjectByCode, openProjectPage } from './projects.js';
import { inPublicReadTransaction } from './public-read.js';

/** One page of published projects with the cursor of the next. */
export async function listOpenProjects(
  deps: DatabaseDeps,
  query: OpenProjectListQuery,
): Promise<OpenProjectPage> {
  const items = await inPublicReadTransaction(deps.database, (tx) =>
    openProjectPage(tx, query, query.limit, query.cursor),
  );
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      items.length === query.limit && last ? encodeCursor({ fy: last.fiscalYear, code: last.code }) : null,
  };
}

/** A whole dataset as CSV (UTF-8 with BOM) or JSON, its bytes ready for caching. */
export async function datasetDownload(
  deps: DatabaseDeps,
  name: OpenDatasetName,
  format: 'csv' | 'json',
  filter: OpenFilter,
): Promise<{ body: string; contentType: string; fileName: string }> {
  const rows = await inPublicReadTransaction(deps.database, (tx) => loadDataset(tx, name, filter));
  const items = rows.map((row) => OPEN_DATASETS[name].parse(row));
  const fileName = `areaplan-${name}${filter.provinceCode ? `-${filter.provinceCode}` : ''}.${format}`;
  return format === 'csv'
    ? { body: toCsv(columnsOf(name), items), contentType: 'text/csv; charset=utf-8', fileName }
    : { body: JSON.stringify({ items }), contentType: 'application/json; charset=utf-8', fileName };
}

async function locationsOf(
  tx: Queryable,
  projectIds: readonly string[],
): Promise<Map<string, Oc4idsLocation[]>> {
  const rows = projectIds.length
    ? await selectRows<{
        projectId: string;
        areaCode: string;
        areaName: string;
        geometry: ProjectGeometry | null;
      }>(
        tx,
        sql`select project_id as "projectId", area_code as "areaCode", area_name_th as "areaName", geometry
          from open_project_locations where project_id in (${sql.join(
            projectIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )}) order by project_id, area_code`,
      )
    : [];
  const byProject = new Map<string, Oc4idsLocation[]>();
  for (const { projectId, ...location } of rows) {
    byProject.set(projectId, [...(byProject.get(projectId) ?? []), location]);
  }
  return byProject;
}

/** The OC4IDS package of one published project; a draft or unknown code is 404 alike. */
export async function projectPackage(deps: DatabaseDeps, code: string, uri: string): Promise<Oc4idsPackage> {
  return inPublicReadTransaction(deps.database, async (tx) => {
    const project = await openProjectByCode(tx, code);
    if (!project) {
      throw notFound({ th: 'โครงการที่เผยแพร่', en: 'Published project' });
    }
    const locations = await locationsOf(tx, [project.id]);
    return oc4idsPackage(uri, [toOc4idsProject(project, locations.get(project.id) ?? [])]);
  });
}

/** The OC4IDS package of every published project of a province (404 while it has none). */
export async function provincePackage(
  deps: DatabaseDeps,
  provinceCode: string,
  uri: string,
): Promise<Oc4idsPackage> {
  return inPublicReadTransaction(deps.database, async (tx) => {
    const rows = await selectRows<{ id: string; code: string }>(
      tx,
      sql`select id, code from open_projects where province_code = ${provinceCode} order by fiscal_year desc, code`,
    );
    if (rows.length === 0) {
      throw notFound({ th: 'โครงการที่เผยแพร่ของจังหวัดนี้', en: 'Published projects of this province' });
    }
    const projects = await loadDataset(tx, 'projects', { provinceCode });
    const ids = new Map(rows.map((row) => [row.code, row.id]));
    const locations = await locationsOf(
      tx,
      rows.map((row) => row.id),
    );
    return oc4idsPackage(
      uri,
      projects.map((project) => toOc4idsProject(project, locations.get(ids.get(project.code) ?? '') ?? [])),
    );
  });
}
