import { z } from 'zod';
import { DIFF_KINDS, fieldChangeSchema } from '../common/field-diff.js';
import { DIFF_ENTITY_TYPES } from './plan.js';


/** Response shapes of a version diff (domain/plans/diff.ts computes it). */

const diffEntityTypeSchema = z.enum(DIFF_ENTITY_TYPES);


export const targetChangeSchema = z.object({
  fiscalYear: z.number().int(),
  areaCode: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type TargetChange = z.infer<typeof targetChangeSchema>;

export const budgetChangeSchema = z.object({
  fiscalYear: z.number().int(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type BudgetChange = z.infer<typeof budgetChangeSchema>;

export const diffEntrySchema = z.object({
  entityType: diffEntityTypeSchema,
  stableKey: z.string(),
  kind: z.enum(DIFF_KINDS),
  title: z.string(),
  /** Id in the newer version; null when removed. */
  id: z.uuid().nullable(),
  /** Id in the older version; null when added. */
  previousId: z.uuid().nullable(),
  parentStableKey: z.string().nullable(),
  fields: z.array(fieldChangeSchema),
  targets: z.array(targetChangeSchema),
  budgets: z.array(budgetChangeSchema),
  /** Added or removed together with this ancestor, whose reason explains it too. */
  coveredBy: z.object({ entityType: diffEntityTypeSchema, stableKey: z.string() }).nullable(),
  needsReason: z.boolean(),
  reason: z.string().nullable(),
});
export type DiffEntry = z.infer<typeof diffEntrySchema>;

export const diffCountsSchema = z.record(
  diffEntityTypeSchema,
  z.record(z.enum(DIFF_KINDS), z.number().int()),
);

export const versionDiffSchema = z.object({
  entries: z.array(diffEntrySchema),
  counts: diffCountsSchema,
  /** Entries that need a reason and have none: a review cannot be submitted while any remain. */
  unexplained: z.number().int(),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;
