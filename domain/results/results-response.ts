import { z } from 'zod';
import { OUTPUT_KINDS, PROJECT_STATUSES } from '../projects/project.js';
import { PHOTO_PHASES } from './evidence.js';
import { PROGRESS_STATUSES } from './progress.js';

/** Response schemas of results. Percentages of achievement are basis points (10000 = 100 %). */
export const evidenceFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  caption: z.string().nullable(),
  phase: z.enum(PHOTO_PHASES).nullable(),
  pairOf: z.uuid().nullable(),
  takenOn: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  uploadedAt: z.string(),
  /** A photo's small preview is served at …/result-files/{id}/thumbnail. */
  hasThumbnail: z.boolean(),
});

export const progressReportSchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  quarter: z.number().int(),
  physicalPercent: z.number().int(),
  status: z.enum(PROGRESS_STATUSES),
  beneficiariesReached: z.number().int().nullable(),
  problems: z.string().nullable(),
  fixes: z.string().nullable(),
  declineReason: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  evidence: z.array(evidenceFileSchema),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

export const outputActualSchema = z.object({
  fiscalYear: z.number().int(),
  quarter: z.number().int(),
  actualValue: z.string(),
  targetValue: z.string(),
  achievementBp: z.number().int(),
  achieved: z.boolean(),
  dataSource: z.string().nullable(),
  note: z.string().nullable(),
  reportedAt: z.string(),
});

export const outputResultSchema = z.object({
  outputNo: z.number().int(),
  kind: z.enum(OUTPUT_KINDS),
  description: z.string(),
  unit: z.string(),
  targetValue: z.string(),
  actuals: z.array(outputActualSchema),
});
export type OutputResult = z.infer<typeof outputResultSchema>;

/** GET /results/projects/{id}: a project's progress reports and output results, oldest first. */
export const projectResultsSchema = z.object({
  projectId: z.uuid(),
  code: z.string(),
  title: z.string(),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  fiscalYear: z.number().int(),
  projectStatus: z.enum(PROJECT_STATUSES),
  /** Whether the project is far enough along (allocated or later) to report results. */
  reportable: z.boolean(),
  outputs: z.array(outputResultSchema),
  progress: z.array(progressReportSchema),
});
export type ProjectResults = z.infer<typeof projectResultsSchema>;

const achievementTotals = {
  progressReports: z.number().int(),
  meanPhysicalPercent: z.number().int().nullable(),
  delayedReports: z.number().int(),
  completedReports: z.number().int(),
  indicators: z.number().int(),
  indicatorsAchieved: z.number().int(),
  meanAchievementBp: z.number().int().nullable(),
  achievedShareBp: z.number().int().nullable(),
};

/** GET /results/summary: per province (and cluster projects apart), from the trigger-kept roll-ups. */
export const resultsSummarySchema = z.object({
  fiscalYear: z.number().int(),
  quarter: z.number().int(),
  rows: z.array(
    z.object({ provinceCode: z.string(), clusterId: z.number().int().nullable(), ...achievementTotals }),
  ),
  total: z.object(achievementTotals),
  /** With a province (its own) or a cluster (the cluster's): reportable projects of the year with no progress report this quarter. */
  missingReports: z.array(
    z.object({ projectId: z.uuid(), code: z.string(), title: z.string(), provinceCode: z.string() }),
  ),
});
export type ResultsSummary = z.infer<typeof resultsSummarySchema>;
