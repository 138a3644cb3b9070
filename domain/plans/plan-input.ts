import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { DIFF_ENTITY_TYPES, PLAN_PERIOD_YEARS, PLAN_SCOPES } from './plan.js';
import { positiveInt4 } from '../common/integers.js';

/** Request schemas of plans and plan versions; the child schemas are in plan-children-input.ts. */
export const fiscalYearSchema = z
  .number()
  .int()
  .min(2500, bilingualMessage('ปีงบประมาณต้องเป็น พ.ศ. 4 หลัก เช่น 2569', 'Fiscal year is a BE year such as 2569'))
  .max(
    2700,
    bilingualMessage('ปีงบประมาณต้องเป็น พ.ศ. 4 หลัก เช่น 2569', 'Fiscal year is a BE year such as 2569'),
  );

export const versionField = { version: positiveInt4().optional() };
const reasonField = { reason: z.string().trim().max(1000).optional() };

export const titleSchema = z
  .string()
  .trim()
  .min(1, bilingualMessage('กรุณาระบุชื่อ', 'A title is required'))
  .max(2000);
export const longTextSchema = z.string().trim().max(20000).nullish();

export const planCreateSchema = z
  .object({
    scope: z.enum(PLAN_SCOPES),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก', 'Province code is 2 digits'))
      .optional(),
    clusterId: positiveInt4().optional(),
    title: titleSchema,
    periodStart: fiscalYearSchema,
    periodEnd: fiscalYearSchema.optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.scope === 'province' && !value.provinceCode) {
      context.addIssue({
        code: 'custom',
        path: ['provinceCode'],
        ...bilingualMessage('แผนพัฒนาจังหวัดต้องระบุจังหวัด', 'A provincial plan needs its province'),
      });
    }
    if (value.scope === 'cluster' && !value.clusterId) {
      context.addIssue({
        code: 'custom',
        path: ['clusterId'],
        ...bilingualMessage('แผนพัฒนากลุ่มจังหวัดต้องระบุกลุ่มจังหวัด', 'A cluster plan needs its cluster'),
      });
    }
    if (value.periodEnd !== undefined && value.periodEnd !== value.periodStart + PLAN_PERIOD_YEARS - 1) {
      context.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        ...bilingualMessage(
          'แผนพัฒนามีระยะ 5 ปี: ปีสิ้นสุดต้องเท่ากับปีเริ่มต้น + 4',
          'A plan covers 5 years: the end year must be the start year + 4',
        ),
      });
    }
  });
export type PlanCreateInput = z.infer<typeof planCreateSchema>;

export const planUpdateSchema = z
  .object({ title: titleSchema.optional(), ...reasonField, ...versionField })
  .strict();

const keyFigureSchema = z
  .object({
    label: z
      .string()
      .trim()
      .min(1, bilingualMessage('กรุณาระบุชื่อข้อมูล', 'A key-figure label is required'))
      .max(300),
    value: z.string().trim().min(1, bilingualMessage('กรุณาระบุค่า', 'A key-figure value is required')).max(100),
    unit: z.string().trim().max(50).nullish(),
    year: fiscalYearSchema.nullish(),
    source: z.string().trim().max(500).nullish(),
  })
  .strict();

const swotListSchema = z.array(z.string().trim().min(1).max(2000)).max(50);

/** The version-level sections: vision, development goal and the development data. */
export const planVersionUpdateSchema = z
  .object({
    vision: longTextSchema,
    developmentGoal: longTextSchema,
    areaPotential: longTextSchema,
    swot: z
      .object({
        strengths: swotListSchema,
        weaknesses: swotListSchema,
        opportunities: swotListSchema,
        threats: swotListSchema,
      })
      .strict()
      .optional(),
    keyFigures: z.array(keyFigureSchema).max(200).optional(),
    ...versionField,
  })
  .strict();
export type PlanVersionUpdateInput = z.infer<typeof planVersionUpdateSchema>;

export const reviewCreateSchema = z.object({ fiscalYear: fiscalYearSchema }).strict();

export const changeReasonSchema = z
  .object({
    entityType: z.enum(DIFF_ENTITY_TYPES),
    stableKey: z.uuid(),
    reason: z
      .string()
      .trim()
      .min(1, bilingualMessage('กรุณาระบุเหตุผลของการเปลี่ยนแปลง', 'Give the reason for the change'))
      .max(2000),
    ...versionField,
  })
  .strict();
export type ChangeReasonInput = z.infer<typeof changeReasonSchema>;

export const reorderSchema = z
  .object({ ids: z.array(z.uuid()).min(1).max(500), ...versionField })
  .strict()
  .refine((value) => new Set(value.ids).size === value.ids.length, {
    path: ['ids'],
    ...bilingualMessage('รายการซ้ำกัน', 'The list repeats an id'),
  });
