import type { ProjectStage, ProjectStages } from '../../../domain/budget/stage-responses.js';
import { BUDGET_STAGES } from '../../../domain/budget/stages.js';
import type { projectBudgetStages } from './stage-tables.js';

type StageRow = typeof projectBudgetStages.$inferSelect;

/** One stage row as the API shows it. */
export function presentStage(row: StageRow): ProjectStage {
  return {
    stage: row.stage,
    amountSatang: String(row.amountSatang),
    cutSatang: String(row.cutSatang),
    cutReason: row.cutReason,
    recordedAt: row.recordedAt.toISOString(),
    version: row.version,
  };
}

/** A project's stages in stage order. */
export function presentProjectStages(
  project: { id: string; provinceCode: string; fiscalYear: number },
  rows: readonly StageRow[],
): ProjectStages {
  const ordered = [...rows].sort((a, b) => BUDGET_STAGES.indexOf(a.stage) - BUDGET_STAGES.indexOf(b.stage));
  return {
    projectId: project.id,
    provinceCode: project.provinceCode,
    fiscalYear: project.fiscalYear,
    stages: ordered.map(presentStage),
  };
}
