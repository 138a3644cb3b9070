import { inArray } from 'drizzle-orm';
import type { Project } from '../../../domain/projects/project-response.js';
import type { Queryable } from '../../platform/db/client.js';
import { agencies } from '../agencies/tables.js';
import type { ProjectRow } from './access.js';
import { childRowsOf, type ProjectChildRows } from './loaders.js';
import { presentProject } from './presenter.js';

/** Whole records for rows already read (and so already inside the reader's scope), in their order. */
export async function presentProjectRows(tx: Queryable, rows: readonly ProjectRow[]): Promise<Project[]> {
  if (rows.length === 0) {
    return [];
  }
  const all = await childRowsOf(
    tx,
    rows.map((row) => row.id),
  );
  const agencyIds = [
    ...new Set(rows.flatMap((row) => (row.implementingAgencyId ? [row.implementingAgencyId] : []))),
  ];
  const names = new Map(
    agencyIds.length === 0
      ? []
      : (
          await tx
            .select({ id: agencies.id, nameTh: agencies.nameTh })
            .from(agencies)
            .where(inArray(agencies.id, agencyIds))
        ).map((agency) => [agency.id, agency.nameTh]),
  );
  return rows.map((row) => {
    const mine = <T extends { projectId: string }>(list: T[]) =>
      list.filter((item) => item.projectId === row.id);
    const children: ProjectChildRows = {
      locations: mine(all.locations),
      shares: mine(all.shares),
      kpis: mine(all.kpis),
      needs: mine(all.needs),
      alignment: mine(all.alignment),
      budgetLines: mine(all.budgetLines),
      schedule: mine(all.schedule),
      outputs: mine(all.outputs),
      readiness: mine(all.readiness),
      files: mine(all.files),
    };
    return presentProject(
      row,
      children,
      row.implementingAgencyId ? (names.get(row.implementingAgencyId) ?? null) : null,
    );
  });
}
