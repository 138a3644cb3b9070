import { z } from 'zod';
import { APPROVAL_SCOPES } from '../approvals/chain.js';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4, positiveInt4Query } from '../common/integers.js';
import { fiscalYearSchema } from '../plans/plan-input.js';
import { BUDGET_TYPES, PROJECT_CATEGORIES } from '../projects/project.js';
import { ENTRY_CLASSES } from './action-plan.js';

/** Request and query schemas of the action-plans API. */
const versionField = { version: positiveInt4().optional() };

export const satangSchema = z
  .string()
  .regex(
    /^\d{1,15}$/,
    bilingualMessage('จำนวนเงินต้องเป็นสตางค์ (จำนวนเต็ม) ในรูปข้อความ', 'Amount is whole satang as a string'),
  );

const provinceCode = z.string().regex(/^\d{2}$/);

/** POST /action-plans: the first version of a province's or cluster's plan for a fiscal year. */
export const actionPlanCreateSchema = z
  .object({
    scope: z.enum(APPROVAL_SCOPES),
    provinceCode: provinceCode.optional(),
    clusterId: positiveInt4().optional(),
    fiscalYear: fiscalYearSchema,
  })
  .strict()
  .refine(
    (value) => (value.scope === 'cluster' ? value.clusterId !== undefined : value.provinceCode !== undefined),
    {
      path: ['scope'],
      ...bilingualMessage(
        'แผนจังหวัดต้องระบุจังหวัด แผนกลุ่มจังหวัดต้องระบุกลุ่มจังหวัด',
        'A province plan names its province; a cluster plan names its cluster',
      ),
    },
  );
export type ActionPlanCreate = z.infer<typeof actionPlanCreateSchema>;

export const actionPlanListQuery = z.object({
  fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
  provinceCode: provinceCode.optional(),
  clusterId: positiveInt4Query().optional(),
});
export type ActionPlanListQuery = z.infer<typeof actionPlanListQuery>;

/** POST /action-plans/:id/entries: put a project of the same budget unit and year on the board. */
export const entryCreateSchema = z
  .object({
    projectId: z.uuid(),
    entryClass: z.enum(ENTRY_CLASSES),
    /** Defaults to the project's total. */
    amountSatang: satangSchema.optional(),
    note: z.string().trim().max(1000).nullish(),
  })
  .strict();
export type EntryCreate = z.infer<typeof entryCreateSchema>;

export const entryUpdateSchema = z
  .object({
    amountSatang: satangSchema.optional(),
    note: z.string().trim().max(1000).nullish(),
    ...versionField,
  })
  .strict();
export type EntryUpdate = z.infer<typeof entryUpdateSchema>;

const columnIds = z.array(z.uuid()).max(2000);

/** PUT /action-plans/:id/order: every column top first; the whole board, so no entry is lost. */
export const boardOrderSchema = z
  .object({
    within: columnIds,
    above: columnIds,
    administration: columnIds,
    noted: columnIds,
    ...versionField,
  })
  .strict();
export type BoardOrderInput = z.infer<typeof boardOrderSchema>;

/** POST /action-plans/:id/revisions: start the revision (ปรับแผน) of an approved plan. */
export const revisionCreateSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1, bilingualMessage('กรุณาระบุเหตุผลของการปรับแผน', 'Give the reason for the revision'))
      .max(2000),
  })
  .strict();

/** PUT /action-plans/:id/change-reasons: why one entry changed in a revision. */
export const entryChangeReasonSchema = z
  .object({
    stableKey: z.uuid(),
    reason: z
      .string()
      .trim()
      .min(1, bilingualMessage('กรุณาระบุเหตุผลของการเปลี่ยนแปลง', 'Give the reason for the change'))
      .max(2000),
  })
  .strict();

/** PUT /action-plan-ceilings: the ceiling of a budget unit for a fiscal year (the centre sets it). */
export const ceilingInputSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    budgetUnit: z
      .string()
      .regex(
        /^(P\d{2}|C\d{1,4})$/,
        bilingualMessage('รหัสหน่วยรับงบไม่ถูกต้อง (เช่น P30, C8)', 'Budget unit must look like P30 or C8'),
      ),
    amountSatang: satangSchema,
    ...versionField,
  })
  .strict();
export type CeilingInput = z.infer<typeof ceilingInputSchema>;

export const ceilingListQuery = z.object({ fiscalYear: z.coerce.number().int().min(2500).max(2700) });

/** POST /action-plans/:id/proposals: propose a new project of the plan's unit and year and put it on the board. */
export const proposalSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, bilingualMessage('กรุณาระบุชื่อโครงการ', 'A project title is required'))
      .max(500),
    budgetType: z.enum(BUDGET_TYPES),
    category: z.enum(PROJECT_CATEGORIES),
    amountSatang: satangSchema,
    entryClass: z.enum(ENTRY_CLASSES),
  })
  .strict();
export type ProposalInput = z.infer<typeof proposalSchema>;
