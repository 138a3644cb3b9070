import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4 } from '../common/integers.js';
import { APPROVAL_DOCUMENT_TYPES, APPROVAL_SCOPES } from './chain.js';

const versionField = { version: positiveInt4().optional() };

/** POST …/transitions: take one step of a document's approval chain. */
export const transitionSchema = z
  .object({
    action: z.string().trim().min(1).max(50),
    meetingNo: z.string().trim().max(20).nullish(),
    meetingDate: z.string().trim().max(10).nullish(),
    reason: z.string().trim().max(2000).nullish(),
    ...versionField,
  })
  .strict();
export type TransitionRequest = z.infer<typeof transitionSchema>;

const approvalEventBase = z.object({
  id: z.uuid(),
  action: z.string(),
  /** The step's label as it read when the move was taken (committee names change). */
  stepLabelTh: z.string().nullable(),
  stepLabelEn: z.string().nullable(),
  meetingNo: z.string().nullable(),
  /** ISO date (CE). */
  meetingDate: z.iso.date().nullable(),
  /** The committee meeting record whose resolution took this step, if one did. */
  meetingId: z.uuid().nullable(),
  reason: z.string().nullable(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  at: z.iso.datetime(),
});

/** One approval move in a document's history, for a document type's statuses. */
export function approvalEventSchemaOf<S extends string>(statuses: readonly [S, ...S[]]) {
  return approvalEventBase.extend({ fromStatus: z.enum(statuses), toStatus: z.enum(statuses) });
}
export type ApprovalEventView<S extends string = string> = z.infer<typeof approvalEventBase> & {
  fromStatus: S;
  toStatus: S;
};

/** One configured step of a chain; a relabelled step is a new row and the old one keeps its dates. */
export const approvalStepRowSchema = z.object({
  id: z.uuid(),
  documentType: z.enum(APPROVAL_DOCUMENT_TYPES),
  scope: z.enum(APPROVAL_SCOPES),
  fromStatus: z.string(),
  toStatus: z.string(),
  action: z.string(),
  labelTh: z.string(),
  labelEn: z.string(),
  roles: z.array(roleSchema),
  requiresMeeting: z.boolean(),
  requiresDate: z.boolean(),
  requiresReason: z.boolean(),
  needsCapture: z.boolean(),
  sortOrder: z.number().int(),
  validFrom: z.iso.datetime(),
  version: z.number().int(),
});
export type ApprovalStepRow = z.infer<typeof approvalStepRowSchema>;

export const approvalStepListSchema = z.object({ items: z.array(approvalStepRowSchema) });
export type ApprovalStepList = z.infer<typeof approvalStepListSchema>;

/** GET /approval-steps: the current chain of one document type (plan versions when not named). */
export const approvalStepsQuery = z.object({
  documentType: z.enum(APPROVAL_DOCUMENT_TYPES).default('plan_version'),
  scope: z.enum(APPROVAL_SCOPES).optional(),
});

const stepLabel = z
  .string()
  .trim()
  .min(1, bilingualMessage('กรุณาระบุชื่อขั้นตอน', 'A step label is required'))
  .max(300);

/** What an administrator may change on an approval step: labels, roles and what it requires. */
export const approvalStepUpdateSchema = z
  .object({
    labelTh: stepLabel.optional(),
    labelEn: stepLabel.optional(),
    roles: z
      .array(roleSchema)
      .min(1, bilingualMessage('ต้องมีบทบาทอย่างน้อย 1 บทบาท', 'At least one role'))
      .optional(),
    requiresMeeting: z.boolean().optional(),
    requiresDate: z.boolean().optional(),
    requiresReason: z.boolean().optional(),
    reason: z.string().trim().max(1000).optional(),
    ...versionField,
  })
  .strict();
export type ApprovalStepUpdate = z.infer<typeof approvalStepUpdateSchema>;
