import type { Project } from '../../../domain/projects/project-response.js';
import type { OutputResult, ProgressReport } from '../../../domain/results/results-response.js';
import type { outputActuals, progressReports, resultEvidence } from './tables.js';

type ProgressRow = typeof progressReports.$inferSelect;
type ActualRow = typeof outputActuals.$inferSelect;
type EvidenceRow = typeof resultEvidence.$inferSelect;

export function presentEvidence(row: EvidenceRow): ProgressReport['evidence'][number] {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.mimeType,
    sizeBytes: row.sizeBytes,
    caption: row.caption,
    phase: row.phase,
    pairOf: row.pairOf,
    takenOn: row.takenOn,
    latitude: row.latitude,
    longitude: row.longitude,
    uploadedAt: row.uploadedAt.toISOString(),
    hasThumbnail: row.thumbnailFileId !== null,
  };
}

export function presentProgress(row: ProgressRow, evidence: readonly EvidenceRow[]): ProgressReport {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    quarter: row.quarter,
    physicalPercent: row.physicalPercent,
    status: row.status,
    beneficiariesReached: row.beneficiariesReached,
    problems: row.problems,
    fixes: row.fixes,
    declineReason: row.declineReason,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    evidence: evidence.filter((file) => file.reportId === row.id).map(presentEvidence),
  };
}

/** The project's outputs as they stand now, each with the values reported against it. */
export function presentOutputs(project: Project, actuals: readonly ActualRow[]): OutputResult[] {
  return project.outputs.map((output, index) => ({
    outputNo: index + 1,
    kind: output.kind,
    description: output.description,
    unit: output.unit,
    targetValue: output.targetValue,
    actuals: actuals
      .filter((row) => row.outputNo === index + 1)
      .map((row) => ({
        fiscalYear: row.fiscalYear,
        quarter: row.quarter,
        actualValue: row.actualValue,
        targetValue: row.targetValue,
        achievementBp: row.achievementBp,
        achieved: row.achieved,
        dataSource: row.dataSource,
        note: row.note,
        reportedAt: row.reportedAt.toISOString(),
      })),
  }));
}
