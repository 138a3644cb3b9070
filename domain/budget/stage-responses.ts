import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { fiscalYearQuery } from '../needs/need-query.js';
import { BUDGET_STAGES } from './stages.js';

/** One recorded stage of a project's budget. */
export const projectStageSchema = z.object({
  stage: z.enum(BUDGET_STAGES),
  amountSatang: z.string(),
  /** How much this stage cut from the one before it ('0' when it did not). */
  cutSatang: z.string(),
  cutReason: z.string().nullable(),
  recordedAt: z.iso.datetime(),
  version: z.number().int(),
});
export type ProjectStage = z.infer<typeof projectStageSchema>;

/** A project's budget through its stages, as the stage table shows it. */
export const projectStagesSchema = z.object({
  projectId: z.uuid(),
  provinceCode: z.string(),
  fiscalYear: z.number().int(),
  stages: z.array(projectStageSchema),
});
export type ProjectStages = z.infer<typeof projectStagesSchema>;

const provinceCode = z
  .string()
  .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก', 'Province code is 2 digits'));

/** The sort key of the stage list: project code, id breaking ties. */
export const stageListKey = z.object({ code: z.string().min(1).max(60), id: z.uuid() });

/** GET /budget-stages: projects of a year with their stage amounts, paged by keyset cursor. */
export const stageListQuery = z.object({
  fiscalYear: fiscalYearQuery,
  provinceCode: provinceCode.optional(),
  limit: z.coerce.number<number | string>().int().min(1).max(500).default(50),
  cursor: cursorQuery(stageListKey).optional(),
});
export type StageListQuery = z.output<typeof stageListQuery>;

export const stageListItemSchema = z.object({
  projectId: z.uuid(),
  code: z.string(),
  title: z.string(),
  provinceCode: z.string(),
  status: z.string(),
  stages: z.array(projectStageSchema),
});
export type StageListItem = z.infer<typeof stageListItemSchema>;

export const stageListSchema = z.object({
  items: z.array(stageListItemSchema),
  nextCursor: z.string().nullable(),
});
export type StageList = z.infer<typeof stageListSchema>;

/** What a stage summary groups by. */
export const SUMMARY_GROUPINGS = ['budget_type', 'plan_issue', 'agency', 'province', 'district'] as const;
export type SummaryGrouping = (typeof SUMMARY_GROUPINGS)[number];

/** GET /budget-summaries: one fiscal year's amounts per stage, grouped one way, from the roll-ups. */
export const stageSummaryQuery = z.object({
  fiscalYear: fiscalYearQuery,
  by: z.enum(SUMMARY_GROUPINGS),
  provinceCode: provinceCode.optional(),
});
export type StageSummaryQuery = z.output<typeof stageSummaryQuery>;

const perStage = z.object(
  Object.fromEntries(BUDGET_STAGES.map((stage) => [stage, z.string()])) as Record<
    (typeof BUDGET_STAGES)[number],
    z.ZodString
  >,
);

export const stageSummaryRowSchema = z.object({
  key: z.string(),
  label: z.object({ th: z.string(), en: z.string() }),
  /** Projects with an amount at each stage. */
  projects: z.object(
    Object.fromEntries(BUDGET_STAGES.map((stage) => [stage, z.number().int()])) as Record<
      (typeof BUDGET_STAGES)[number],
      z.ZodNumber
    >,
  ),
  amountSatang: perStage,
  cutSatang: perStage,
});
export type StageSummaryRow = z.infer<typeof stageSummaryRowSchema>;

export const stageSummarySchema = z.object({
  fiscalYear: z.number().int(),
  by: z.enum(SUMMARY_GROUPINGS),
  rows: z.array(stageSummaryRowSchema),
  total: stageSummaryRowSchema,
});
export type StageSummary = z.infer<typeof stageSummarySchema>;
