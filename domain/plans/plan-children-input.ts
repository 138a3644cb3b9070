import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { FUNDING_SOURCES, KPI_DIRECTIONS, KPI_ROLLUPS } from './plan.js';
import { fiscalYearSchema, longTextSchema, titleSchema, versionField } from './plan-input.js';

/** Request schemas of a version's children: issues, objectives, KPIs, approaches, project-set items. */
const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;
const decimalMessage = bilingualMessage('ต้องเป็นตัวเลข เช่น 12.5', 'Must be a number such as 12.5');

/** A numeric value kept exactly as a decimal string; JSON numbers are accepted and turned into text. */
export const decimalSchema = z
  .union([z.string().trim().regex(DECIMAL, decimalMessage), z.number().finite()])
  .transform((value) => String(value))
  .refine((value) => DECIMAL.test(value), decimalMessage);

const satangSchema = z
  .string()
  .regex(
    /^\d{1,15}$/,
    bilingualMessage('จำนวนเงินต้องเป็นสตางค์ (จำนวนเต็ม) ในรูปข้อความ', 'Amount is whole satang as a string'),
  );

export const alignmentLinkSchema = z
  .object({ nodeId: z.uuid(), isPrimary: z.boolean().default(false) })
  .strict();

export const alignmentLinksSchema = z
  .object({ links: z.array(alignmentLinkSchema).max(50), ...versionField })
  .strict()
  .refine((value) => new Set(value.links.map((link) => link.nodeId)).size === value.links.length, {
    path: ['links'],
    ...bilingualMessage('เลือกความสอดคล้องซ้ำกัน', 'The same node is linked twice'),
  });

export const targetsSchema = z
  .object({
    targets: z
      .array(
        z
          .object({ fiscalYear: fiscalYearSchema, areaCode: areaCodeSchema.nullable(), value: decimalSchema })
          .strict(),
      )
      .max(2000),
    ...versionField,
  })
  .strict()
  .refine(
    (value) =>
      new Set(value.targets.map((t) => `${t.fiscalYear}|${t.areaCode ?? ''}`)).size === value.targets.length,
    {
      path: ['targets'],
      ...bilingualMessage('ค่าเป้าหมายของปีและพื้นที่เดียวกันซ้ำกัน', 'A year and area appear twice'),
    },
  );
export type TargetsInput = z.infer<typeof targetsSchema>;

const budgetList = z
  .array(z.object({ fiscalYear: fiscalYearSchema, amountSatang: satangSchema }).strict())
  .max(20)
  .refine((budgets) => new Set(budgets.map((b) => b.fiscalYear)).size === budgets.length, {
    ...bilingualMessage('ปีงบประมาณซ้ำกัน', 'A fiscal year appears twice'),
  });

export const budgetsSchema = z.object({ budgets: budgetList, ...versionField }).strict();
export type BudgetsInput = z.infer<typeof budgetsSchema>;

const linkList = z.array(alignmentLinkSchema).max(50);

export const issueInputSchema = z
  .object({ title: titleSchema, description: longTextSchema, alignment: linkList.optional() })
  .strict();
export const issueUpdateSchema = issueInputSchema.partial().extend(versionField).strict();

export const objectiveInputSchema = z.object({ title: titleSchema }).strict();
export const objectiveUpdateSchema = objectiveInputSchema
  .partial()
  .extend({ issueId: z.uuid().optional(), ...versionField })
  .strict();

const kpiFields = {
  name: titleSchema,
  unit: z.string().trim().min(1, bilingualMessage('กรุณาระบุหน่วยนับ', 'Unit is required')).max(100),
  baselineValue: decimalSchema.nullish(),
  baselineYear: fiscalYearSchema.nullish(),
  direction: z.enum(KPI_DIRECTIONS),
  rollup: z.enum(KPI_ROLLUPS),
  dataSource: z.string().trim().max(1000).nullish(),
};
export const kpiInputSchema = z
  .object({ ...kpiFields, targets: targetsSchema.shape.targets.optional(), alignment: linkList.optional() })
  .strict();
export const kpiUpdateSchema = z
  .object(kpiFields)
  .partial()
  .extend({ objectiveId: z.uuid().optional(), alignment: linkList.optional(), ...versionField })
  .strict();

export const approachInputSchema = z.object({ title: titleSchema, description: longTextSchema }).strict();
export const approachUpdateSchema = approachInputSchema
  .partial()
  .extend({ issueId: z.uuid().optional(), ...versionField })
  .strict();

const itemFields = {
  title: titleSchema,
  description: longTextSchema,
  fundingSource: z.enum(FUNDING_SOURCES),
  agencyId: z.uuid().nullish(),
  agencyName: z.string().trim().max(500).nullish(),
  benefitNote: z.string().trim().max(5000).nullish(),
  areaCodes: z.array(areaCodeSchema).max(500).optional(),
  kpiIds: z.array(z.uuid()).max(100).optional(),
  needIds: z.array(z.uuid()).max(500).optional(),
  budgets: budgetList.optional(),
  alignment: linkList.optional(),
};
export const itemInputSchema = z.object(itemFields).strict();
export type ItemInput = z.infer<typeof itemInputSchema>;
export const itemUpdateSchema = z
  .object(itemFields)
  .partial()
  .extend({ approachId: z.uuid().optional(), ...versionField })
  .strict();
export type ItemUpdateInput = z.infer<typeof itemUpdateSchema>;
