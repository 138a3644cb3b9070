import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { areas } from '../areas/tables.js';
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

/** Every child row of the given projects, one query per child table. */
export async function childRowsOf(tx: Queryable, ids: string[]) {
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
