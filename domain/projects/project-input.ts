import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4 } from '../common/integers.js';
import { decimalSchema } from '../plans/plan-children-input.js';
import { fiscalYearSchema, longTextSchema, titleSchema, versionField } from '../plans/plan-input.js';
import {
  BUDGET_TYPES,
  OUTPUT_KINDS,
  PROJECT_CATEGORIES,
  PROJECT_SCOPES,
  READINESS_ITEMS,
  READINESS_STATUSES,
} from './project.js';
import { geometrySchema, sharesSumTo100 } from './locations.js';

/** Request schemas of the project master record. Money is whole satang as a decimal string. */
export const satangSchema = z
  .string(bilingualMessage('จำนวนเงินต้องเป็นสตางค์ (จำนวนเต็ม) ในรูปข้อความ', 'Amount is whole satang as a string'))
  .regex(
    /^\d{1,15}$/,
    bilingualMessage('จำนวนเงินต้องเป็นสตางค์ (จำนวนเต็ม) ในรูปข้อความ', 'Amount is whole satang as a string'),
  );

const shortText = (max: number) => z.string().trim().min(1).max(max);
const optionalCode = z.string().trim().max(60).nullish();

export const projectCodeSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9ก-๙][A-Za-z0-9ก-๙./-]{0,39}$/,
    bilingualMessage(
      'รหัสโครงการใช้ตัวอักษร ตัวเลข - . / ไม่เกิน 40 ตัว',
      'Project code: letters, digits, - . / up to 40',
    ),
  );

const uniqueBy =
  <T>(key: (item: T) => string) =>
  (items: T[]) =>
    new Set(items.map(key)).size === items.length;

export const projectLocationSchema = z
  .object({ areaCode: areaCodeSchema, geometry: geometrySchema.nullish() })
  .strict();

export const provinceShareSchema = z
  .object({
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'Province code is 2 digits')),
    /** Basis points: 10000 = 100 %. */
    shareBp: z.number().int().min(1).max(10000),
  })
  .strict();

export const projectAlignmentSchema = z
  .object({ nodeId: z.uuid(), isPrimary: z.boolean().default(false) })
  .strict();

export const projectLinksSchema = z
  .object({
    planItemId: z.uuid().nullish(),
    planIssueId: z.uuid().nullish(),
    planApproachId: z.uuid().nullish(),
    kpiIds: z
      .array(z.uuid())
      .max(100)
      .refine(
        uniqueBy((id: string) => id),
        bilingualMessage('ตัวชี้วัดซ้ำกัน', 'A KPI appears twice'),
      ),
    needIds: z
      .array(z.uuid())
      .max(500)
      .refine(
        uniqueBy((id: string) => id),
        bilingualMessage('ความต้องการซ้ำกัน', 'A need appears twice'),
      ),
    alignment: z
      .array(projectAlignmentSchema)
      .max(50)
      .refine(
        uniqueBy((link: { nodeId: string }) => link.nodeId),
        bilingualMessage('เลือกความสอดคล้องซ้ำกัน', 'The same node is linked twice'),
      )
      .refine(
        (links) => links.length === 0 || links.filter((link) => link.isPrimary).length === 1,
        bilingualMessage(
          'ความสอดคล้องกับเป้าหมายระดับชาติต้องมีเป้าหมายหลัก (Y1) หนึ่งเดียว',
          'National alignment needs exactly one primary (Y1) target',
        ),
      ),
  })
  .strict();
export type ProjectLinksInput = z.infer<typeof projectLinksSchema>;

export const budgetLineSchema = z
  .object({
    description: shortText(1000),
    budgetType: z.enum(BUDGET_TYPES),
    category: z.enum(PROJECT_CATEGORIES),
    quantity: decimalSchema.nullish(),
    unit: z.string().trim().max(100).nullish(),
    amountSatang: satangSchema,
  })
  .strict();
export type BudgetLineInput = z.infer<typeof budgetLineSchema>;

export const scheduleSchema = z
  .array(z.object({ fiscalYear: fiscalYearSchema, amountSatang: satangSchema }).strict())
  .max(10)
  .refine(
    uniqueBy((row: { fiscalYear: number }) => String(row.fiscalYear)),
    bilingualMessage('ปีงบประมาณซ้ำกัน', 'A fiscal year appears twice'),
  );

export const projectOutputSchema = z
  .object({
    kind: z.enum(OUTPUT_KINDS),
    description: shortText(2000),
    targetValue: decimalSchema,
    unit: shortText(100),
  })
  .strict();

export const readinessInputSchema = z
  .object({
    item: z.enum(READINESS_ITEMS),
    status: z.enum(READINESS_STATUSES),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict();

const shareList = z
  .array(provinceShareSchema)
  .max(20)
  .refine(
    uniqueBy((share: { provinceCode: string }) => share.provinceCode),
    bilingualMessage('จังหวัดซ้ำกัน', 'A province appears twice'),
  )
  .refine(
    sharesSumTo100,
    bilingualMessage('สัดส่วนของจังหวัดต้องรวมกันได้ 100%', 'Province shares must add up to 100 %'),
  );

/** Everything about a project that may be edited while it is not final. */
const editableFields = {
  title: titleSchema,
  objective: longTextSchema,
  description: longTextSchema,
  budgetType: z.enum(BUDGET_TYPES),
  category: z.enum(PROJECT_CATEGORIES),
  implementingAgencyId: z.uuid().nullish(),
  receiverAgencyId: z.uuid().nullish(),
  receiverName: z.string().trim().max(300).nullish(),
  locations: z
    .array(projectLocationSchema)
    .max(500)
    .refine(
      uniqueBy((location: { areaCode: string }) => location.areaCode),
      bilingualMessage('พื้นที่ซ้ำกัน', 'An area appears twice'),
    ),
  provinceShares: shareList,
  links: projectLinksSchema,
  budgetLines: z.array(budgetLineSchema).max(200),
  schedule: scheduleSchema,
  outputs: z.array(projectOutputSchema).max(50),
  beneficiaryHouseholds: z.number().int().min(0).max(100_000_000).nullish(),
  beneficiaryPeople: z.number().int().min(0).max(100_000_000).nullish(),
  beneficiaryNote: z.string().trim().max(2000).nullish(),
  readiness: z
    .array(readinessInputSchema)
    .max(READINESS_ITEMS.length)
    .refine(
      uniqueBy((row: { item: string }) => row.item),
      bilingualMessage('รายการความพร้อมซ้ำกัน', 'A readiness item appears twice'),
    ),
  emenscrCode: optionalCode,
  budgetBureauCode: optionalCode,
  gfmisCode: optionalCode,
  egpNumber: optionalCode,
};

/** POST /projects. Where a project belongs is fixed at creation: fiscal year, scope, province, cluster, code. */
export const projectCreateSchema = z
  .object({
    code: projectCodeSchema.optional(),
    fiscalYear: fiscalYearSchema,
    scope: z.enum(PROJECT_SCOPES),
    provinceCode: provinceShareSchema.shape.provinceCode.optional(),
    clusterId: positiveInt4().optional(),
    ...editableFields,
    locations: editableFields.locations.default([]),
    provinceShares: shareList.default([]),
    links: projectLinksSchema.default({ kpiIds: [], needIds: [], alignment: [] }),
    budgetLines: editableFields.budgetLines.default([]),
    schedule: scheduleSchema.default([]),
    outputs: editableFields.outputs.default([]),
    readiness: editableFields.readiness.default([]),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.scope === 'province' && !value.provinceCode) {
      context.addIssue({
        code: 'custom',
        path: ['provinceCode'],
        ...bilingualMessage('โครงการของจังหวัดต้องระบุจังหวัด', 'A provincial project needs its province'),
      });
    }
    if (value.scope === 'cluster' && !value.clusterId) {
      context.addIssue({
        code: 'custom',
        path: ['clusterId'],
        ...bilingualMessage('โครงการของกลุ่มจังหวัดต้องระบุกลุ่มจังหวัด', 'A cluster project needs its cluster'),
      });
    }
  });
export type ProjectCreateInput = z.infer<typeof projectCreateSchema>;

/** PATCH /projects/:id: any editable part; a list given replaces the stored one. */
export const projectUpdateSchema = z.object(editableFields).partial().extend(versionField).strict();
export type ProjectUpdateInput = z.infer<typeof projectUpdateSchema>;

/** POST /plans/items/:itemId/projects: a project from a project-set item, inheriting its links. */
export const projectFromItemSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    code: projectCodeSchema.optional(),
    title: titleSchema.optional(),
    budgetType: z.enum(BUDGET_TYPES),
    category: z.enum(PROJECT_CATEGORIES),
  })
  .strict();
export type ProjectFromItemInput = z.infer<typeof projectFromItemSchema>;
