import { z } from 'zod';
import { availableActionSchemaOf, APPROVAL_SCOPES } from '../approvals/chain.js';
import { approvalEventSchemaOf } from '../approvals/schemas.js';
import { DIFF_KINDS, fieldChangeSchema } from '../common/field-diff.js';
import { PROJECT_STATUSES } from '../projects/project.js';
import { ACTION_PLAN_STATUSES, ENTRY_CLASSES } from './action-plan.js';

/** Response schemas of the action-plans API; satang travel as decimal strings. */
const satang = z.string();

export const actionPlanSummarySchema = z.object({
  id: z.uuid(),
  scope: z.enum(APPROVAL_SCOPES),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  budgetUnit: z.string(),
  fiscalYear: z.number().int(),
  versionNo: z.number().int(),
  basedOnId: z.uuid().nullable(),
  revisionReason: z.string().nullable(),
  status: z.enum(ACTION_PLAN_STATUSES),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type ActionPlanSummary = z.infer<typeof actionPlanSummarySchema>;

export const actionPlanListSchema = z.object({ items: z.array(actionPlanSummarySchema) });

export const actionPlanEntrySchema = z.object({
  id: z.uuid(),
  stableKey: z.uuid(),
  projectId: z.uuid(),
  projectCode: z.string(),
  title: z.string(),
  agencyName: z.string().nullable(),
  projectStatus: z.enum(PROJECT_STATUSES),
  entryClass: z.enum(ENTRY_CLASSES),
  rank: z.number().int(),
  amountSatang: satang,
  note: z.string().nullable(),
  version: z.number().int(),
});
export type ActionPlanEntry = z.infer<typeof actionPlanEntrySchema>;

const classTotalSchema = z.object({ count: z.number().int(), amountSatang: satang });

export const actionPlanTotalsSchema = z.object({
  byClass: z.record(z.enum(ENTRY_CLASSES), classTotalSchema),
  againstCeilingSatang: satang,
  ceilingSatang: satang.nullable(),
  remainingSatang: satang.nullable(),
  overCeiling: z.boolean(),
});
export type ActionPlanTotalsView = z.infer<typeof actionPlanTotalsSchema>;

export const entryDiffSchema = z.object({
  stableKey: z.string(),
  kind: z.enum(DIFF_KINDS),
  projectCode: z.string(),
  title: z.string(),
  fields: z.array(fieldChangeSchema),
  reason: z.string().nullable(),
});
export const revisionDiffSchema = z.object({
  basedOnId: z.uuid(),
  entries: z.array(entryDiffSchema),
  unexplained: z.number().int(),
});
export type RevisionDiffView = z.infer<typeof revisionDiffSchema>;

export const actionPlanAvailableActionSchema = availableActionSchemaOf(ACTION_PLAN_STATUSES);
export const actionPlanEventSchema = approvalEventSchemaOf(ACTION_PLAN_STATUSES);

/** GET /action-plans/:id: the board with its totals, history, what the user may do and the diff. */
export const actionPlanDetailSchema = z.object({
  plan: actionPlanSummarySchema,
  entries: z.array(actionPlanEntrySchema),
  totals: actionPlanTotalsSchema,
  approvals: z.array(actionPlanEventSchema),
  availableActions: z.array(actionPlanAvailableActionSchema),
  canEdit: z.boolean(),
  diff: revisionDiffSchema.nullable(),
});
export type ActionPlanDetail = z.infer<typeof actionPlanDetailSchema>;

export const actionPlanTransitionResultSchema = z.object({
  plan: actionPlanSummarySchema,
  event: actionPlanEventSchema,
  availableActions: z.array(actionPlanAvailableActionSchema),
  /** Projects this move put in the action plan (the committee's approval). */
  projectsMoved: z.number().int(),
});
export type ActionPlanTransitionResult = z.infer<typeof actionPlanTransitionResultSchema>;

export const ceilingSchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  budgetUnit: z.string(),
  amountSatang: satang,
  version: z.number().int(),
});
export type Ceiling = z.infer<typeof ceilingSchema>;
export const ceilingListSchema = z.object({ items: z.array(ceilingSchema) });

/** GET /action-plans/:id/candidates: projects of the plan's unit and year not yet on the board. */
export const candidateListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      status: z.enum(PROJECT_STATUSES),
      totalSatang: satang,
      planItemId: z.uuid().nullable(),
    }),
  ),
});
export type CandidateList = z.infer<typeof candidateListSchema>;
