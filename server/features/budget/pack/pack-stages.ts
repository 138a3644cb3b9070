import { inArray } from 'drizzle-orm';
import type { ProjectStage } from '../../../../domain/budget/stage-responses.js';
import type { Queryable } from '../../../platform/db/client.js';
import { presentStage } from '../stage-presenter.js';
import { projectBudgetStages } from '../stage-tables.js';

/** The budget stages recorded for each of the given projects (read under the caller's transaction). */
export async function packStagesOf(
  tx: Queryable,
  projectIds: readonly string[],
): Promise<Map<string, ProjectStage[]>> {
  const byProject = new Map<string, ProjectStage[]>();
  if (projectIds.length === 0) {
    return byProject;
  }
  const rows = await tx
    .select()
    .from(projectBudgetStages)
    .where(inArray(projectBudgetStages.projectId, [...projectIds]));
  for (const row of rows) {
    byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), presentStage(row)]);
  }
  return byProject;
}
