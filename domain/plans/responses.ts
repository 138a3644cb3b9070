import { z } from 'zod';
import { approvalEventSchemaOf } from '../approvals/schemas.js';
import { availableActionSchema } from './approval.js';
import { diffCountsSchema, versionDiffSchema } from './diff-schema.js';
import { DIFF_ENTITY_TYPES, PLAN_STATUSES, PLAN_VERSION_KINDS } from './plan.js';
import { readinessProblemSchema } from './readiness.js';
import { planSummarySchema, planVersionFieldsSchema, planVersionTreeDataSchema } from './tree.js';

/** Response schemas of the plans API beyond the tree's nodes (tree.ts); the web imports their types. */
const timestamp = z.iso.datetime();

/** A short line per version for lists. */
export const versionSummarySchema = z.object({
  id: z.uuid(),
  versionNo: z.number().int(),
  kind: z.enum(PLAN_VERSION_KINDS),
  reviewFiscalYear: z.number().int().nullable(),
  basedOnVersionId: z.uuid().nullable(),
  status: z.enum(PLAN_STATUSES),
  statusChangedAt: timestamp.nullable(),
  publishedAt: timestamp.nullable(),
  version: z.number().int(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const planListItemSchema = planSummarySchema.extend({
  latestVersion: versionSummarySchema.nullable(),
  publishedVersion: versionSummarySchema.nullable(),
});
export type PlanListItem = z.infer<typeof planListItemSchema>;

export const planPageSchema = z.object({ items: z.array(planListItemSchema), total: z.number().int() });
export type PlanPage = z.infer<typeof planPageSchema>;

/** One plan with every version; also what creating a plan returns. */
export const planDetailSchema = planListItemSchema.extend({
  memberProvinceCodes: z.array(z.string()),
  versions: z.array(versionSummarySchema),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const versionListSchema = z.object({ items: z.array(versionSummarySchema) });
export type VersionList = z.infer<typeof versionListSchema>;

/** One approval move in the history. */
export const approvalEventSchema = approvalEventSchemaOf(PLAN_STATUSES);
export type ApprovalEvent = z.infer<typeof approvalEventSchema>;

/** GET /plan-versions/:id/tree: the whole version with its history, the actor's actions and readiness. */
export const versionTreeSchema = planVersionTreeDataSchema.extend({
  approvals: z.array(approvalEventSchema),
  memberProvinceCodes: z.array(z.string()),
  availableActions: z.array(availableActionSchema),
  canEdit: z.boolean(),
  readiness: z.object({ ready: z.boolean(), problems: z.array(readinessProblemSchema) }),
  changeSummary: z
    .object({
      basedOnVersionId: z.uuid().nullable(),
      counts: diffCountsSchema,
      unexplained: z.number().int(),
    })
    .nullable(),
});
export type VersionTree = z.infer<typeof versionTreeSchema>;

export const versionDiffResponseSchema = versionDiffSchema.extend({
  versionId: z.uuid(),
  againstVersionId: z.uuid(),
});
export type VersionDiffResponse = z.infer<typeof versionDiffResponseSchema>;

export const changeReasonSavedSchema = z.object({
  id: z.uuid(),
  entityType: z.enum(DIFF_ENTITY_TYPES),
  stableKey: z.string(),
  reason: z.string(),
  version: z.number().int(),
});
export type ChangeReasonSaved = z.infer<typeof changeReasonSavedSchema>;

/** POST /plan-versions/:id/transitions: the version as moved, the recorded event and what comes next. */
export const transitionResultSchema = z.object({
  version: planVersionFieldsSchema,
  event: approvalEventSchema.nullable(),
  availableActions: z.array(availableActionSchema),
});
export type TransitionResult = z.infer<typeof transitionResultSchema>;

export const issueOrderSchema = z.object({ ids: z.array(z.uuid()), version: z.number().int() });
export type IssueOrder = z.infer<typeof issueOrderSchema>;
