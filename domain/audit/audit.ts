import { z } from 'zod';
import { pagingQuery } from '../common/paging.js';

/** GET /audit: by entity and/or by the user who acted. */
export const auditListQuery = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  ...pagingQuery,
});
export type AuditListQuery = z.input<typeof auditListQuery>;
export type AuditListFilter = z.output<typeof auditListQuery>;

/** GET /audit/export: the list's filters, every page. */
export const auditExportQuery = auditListQuery.omit({ limit: true, offset: true });

/** Changed fields: name → [before, after]. */
export const auditChangesSchema = z.record(z.string(), z.tuple([z.unknown(), z.unknown()]));

/** One audit event as the API returns it. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  /** The record's reference number or name, when the reader may see it. */
  entityLabel: z.string().nullable(),
  action: z.string(),
  changes: auditChangesSchema,
  reason: z.string().nullable(),
  provinceCode: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
