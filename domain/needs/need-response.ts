import { z } from 'zod';
import { areaSchema } from '../areas/area.js';
import { auditEntrySchema } from '../audit/audit.js';
import { NEED_LINK_TYPES, NEED_ORIGINS, NEED_STATUSES } from './need.js';
import { NEED_TRANSITIONS } from './state-machine.js';

/** A need as the list and the writes return it, with the names of its area and dimension. */
export const needSchema = z.object({
  id: z.string(),
  referenceNo: z.string(),
  provinceCode: z.string(),
  areaCode: z.string(),
  areaNameTh: z.string().nullable(),
  fiscalYear: z.number().int(),
  title: z.string(),
  description: z.string(),
  origin: z.enum(NEED_ORIGINS),
  sourceDocument: z.string().nullable(),
  /** ISO date (CE) of the source document. */
  sourceDate: z.string().nullable(),
  dimensionId: z.number().int(),
  dimensionNameTh: z.string().nullable(),
  households: z.number().int(),
  people: z.number().int(),
  sourcePriority: z.number().int().nullable(),
  status: z.enum(NEED_STATUSES),
  statusReason: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  linkedEntityType: z.enum(NEED_LINK_TYPES).nullable(),
  linkedEntityId: z.string().nullable(),
  linkedLabel: z.string().nullable(),
  forwardedAgencyId: z.string().nullable(),
  forwardedToName: z.string().nullable(),
  forwardReference: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Need = z.infer<typeof needSchema>;

/**
 * GET /needs, declared in this one place: `total` is exact, or the cap ("more than") when
 * `totalExact` is false; `nextCursor` fetches the following page at the same cost at any depth.
 */
export const needListSchema = z.object({
  items: z.array(needSchema),
  total: z.number().int(),
  totalExact: z.boolean(),
  nextCursor: z.string().nullable(),
});
export type NeedList = z.infer<typeof needListSchema>;

/** One original source of a need (its own, or one of a need merged into it). */
export const needSourceSchema = z.object({
  id: z.string(),
  fromNeedId: z.string(),
  fromReferenceNo: z.string().nullable(),
  origin: z.enum(NEED_ORIGINS),
  sourceDocument: z.string().nullable(),
  sourceDate: z.string().nullable(),
  households: z.number().int(),
  people: z.number().int(),
  createdAt: z.string(),
});
export type NeedSource = z.infer<typeof needSourceSchema>;

/** An attachment's description; the bytes come from the download endpoint. */
export const needAttachmentSchema = z.object({
  id: z.string(),
  needId: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type NeedAttachment = z.infer<typeof needAttachmentSchema>;

/** A dimension of the editable list. */
export const needDimensionSchema = z.object({
  id: z.number().int(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  sortOrder: z.number().int(),
  isActive: z.boolean(),
  version: z.number().int(),
});
export type NeedDimension = z.infer<typeof needDimensionSchema>;

export const needAuditEntrySchema = auditEntrySchema.omit({
  entityType: true,
  entityId: true,
  entityLabel: true,
  provinceCode: true,
});
export type NeedAuditEntry = z.infer<typeof needAuditEntrySchema>;

const needRefSchema = z.object({ id: z.string(), referenceNo: z.string(), title: z.string() });
export type NeedRef = z.infer<typeof needRefSchema>;

/** "What happened to it": the status with its target, reason and the needs merged in. */
export const needOutcomeSchema = z.object({
  status: z.enum(NEED_STATUSES),
  reason: z.string().nullable(),
  changedAt: z.string().nullable(),
  linked: z
    .object({ type: z.enum(NEED_LINK_TYPES), id: z.string().nullable(), label: z.string().nullable() })
    .nullable(),
  forwarded: z
    .object({
      agencyId: z.string().nullable(),
      agencyNameTh: z.string().nullable(),
      toName: z.string().nullable(),
      reference: z.string().nullable(),
    })
    .nullable(),
  mergedInto: needRefSchema.extend({ status: z.enum(NEED_STATUSES) }).nullable(),
  mergedFrom: z.array(needRefSchema.extend({ areaCode: z.string() })),
});
export type NeedOutcome = z.infer<typeof needOutcomeSchema>;

/** GET /needs/:id: the need with its area, sources, attachments, outcome, moves and audit trail. */
export const needDetailSchema = needSchema.extend({
  area: areaSchema
    .pick({ code: true, level: true, nameTh: true, nameEn: true })
    .extend({ ancestors: z.array(areaSchema.pick({ code: true, nameTh: true })) })
    .nullable(),
  dimension: needDimensionSchema.pick({ id: true, nameTh: true, nameEn: true, isActive: true }).nullable(),
  sources: z.array(needSourceSchema),
  attachments: z.array(needAttachmentSchema),
  outcome: needOutcomeSchema,
  availableTransitions: z.array(z.enum(NEED_TRANSITIONS)),
  audit: z.array(needAuditEntrySchema),
});
export type NeedDetail = z.infer<typeof needDetailSchema>;

/** POST /needs/:id/merge: the surviving need and the needs merged into it. */
export const needMergeResultSchema = z.object({
  need: needSchema,
  merged: z.array(z.object({ id: z.string(), referenceNo: z.string() })),
});
export type NeedMergeResult = z.infer<typeof needMergeResultSchema>;
