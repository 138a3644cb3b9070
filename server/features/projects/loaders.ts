import { asc, eq, inArray } from 'drizzle-orm';
import type { Project } from '../../../domain/projects/project-response.js';
import type { Queryable } from '../../platform/db/client.js';
import { agencies } from '../agencies/tables.js';
import { areas } from '../areas/tables.js';
import type { ProjectRow } from './access.js';
import {
  projectAlignmentLinks,
  projectBudgetLines,
  projectKpis,
  projectLocations,
  projectNeeds,
  projectOutputs,
  projectProvinceShares,
  projectReadiness,
  projectReadinessFiles,
  projectSchedule,
} from './child-tables.js';
import { presentProject } from './presenter.js';

async function childRowsOf(tx: Queryable, ids: string[]) {
  // One query at a time: a transaction holds one connection.
  const locations = await tx
    .select({
      projectId: projectLocations.projectId,
      areaCode: projectLocations.areaCode,
      geometry: projectLocations.geometry,
      areaNameTh: areas.nameTh,
    })
    .from(projectLocations)
    .leftJoin(areas, eq(areas.code, projectLocations.areaCode))
    .where(inArray(projectLocations.projectId, ids))
    .orderBy(asc(projectLocations.areaCode));
  const shares = await tx
    .select()
    .from(projectProvinceShares)
    .where(inArray(projectProvinceShares.projectId, ids));
  const kpis = await tx.select().from(projectKpis).where(inArray(projectKpis.projectId, ids));
  const needs = await tx.select().from(projectNeeds).where(inArray(projectNeeds.projectId, ids));
  const alignment = await tx
    .select()
    .from(projectAlignmentLinks)
    .where(inArray(projectAlignmentLinks.projectId, ids));
  const budgetLines = await tx
    .select()
    .from(projectBudgetLines)
    .where(inArray(projectBudgetLines.projectId, ids))
    .orderBy(asc(projectBudgetLines.lineNo));
  const schedule = await tx
    .select()
    .from(projectSchedule)
    .where(inArray(projectSchedule.projectId, ids))
    .orderBy(asc(projectSchedule.fiscalYear));
  const outputs = await tx
    .select()
    .from(projectOutputs)
    .where(inArray(projectOutputs.projectId, ids))
    .orderBy(asc(projectOutputs.orderNo));
  const readiness = await tx.select().from(projectReadiness).where(inArray(projectReadiness.projectId, ids));
  const files = await tx
    .select()
    .from(projectReadinessFiles)
    .where(inArray(projectReadinessFiles.projectId, ids))
    .orderBy(asc(projectReadinessFiles.createdAt));
  return { locations, shares, kpis, needs, alignment, budgetLines, schedule, outputs, readiness, files };
}

type AllChildRows = Awaited<ReturnType<typeof childRowsOf>>;
/** The child rows of one project. */
export type ProjectChildRows = { [K in keyof AllChildRows]: AllChildRows[K] };

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
