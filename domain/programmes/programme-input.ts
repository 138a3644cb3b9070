import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4 } from '../common/integers.js';
import { isoDate, shortText } from '../spending/fields.js';
import { INDICATOR_AGGREGATIONS } from './achievement.js';
import { REPORTING_FREQUENCIES } from './periods.js';

const key = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_]{1,39}$/,
    bilingualMessage('รหัสต้องเป็น a-z 0-9 _ (2–40 ตัว)', 'A key is 2–40 of a-z, 0-9 and _'),
  );
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const provinceCode = z
  .string()
  .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก', 'A province code is 2 digits'));
export const figure = z
  .number(bilingualMessage('ค่าต้องเป็นตัวเลข', 'The value must be a number'))
  .int(bilingualMessage('ค่าต้องเป็นจำนวนเต็ม', 'The value must be a whole number'))
  .min(0, bilingualMessage('ค่าต้องไม่ติดลบ', 'The value cannot be negative'))
  .max(1_000_000_000, bilingualMessage('ค่ามากเกินไป', 'The value is too large'));
const unique = <T>(items: readonly T[], keyOf: (item: T) => string) =>
  new Set(items.map(keyOf)).size === items.length;

export const indicatorInputSchema = z
  .object({
    key,
    nameTh: shortText(300),
    nameEn: shortText(300),
    /** The unit figures are counted in (แห่ง, คน, เมตร, ครั้ง). */
    unit: shortText(50),
    aggregation: z.enum(INDICATOR_AGGREGATIONS),
  })
  .strict();

/** One project of a programme (e.g. the canal clean-up of a royal celebration) with its indicators. */
export const componentInputSchema = z
  .object({
    key,
    titleTh: shortText(300),
    titleEn: shortText(300),
    indicators: z
      .array(indicatorInputSchema)
      .min(1)
      .max(20)
      .refine((items) => unique(items, (item) => item.key), {
        ...bilingualMessage('รหัสตัวชี้วัดซ้ำกัน', 'Two indicators have the same key'),
      }),
  })
  .strict();

/** A programme set by the centre: its objective, period, reporting rhythm and projects. */
export const programmeInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(
        /^[A-Z0-9][A-Z0-9-]{1,39}$/,
        bilingualMessage('รหัสโครงการใช้ A-Z 0-9 -', 'A code is A-Z, 0-9 and -'),
      ),
    titleTh: shortText(500),
    titleEn: shortText(500),
    objective: shortText(4000),
    occasion: optionalText(500),
    startDate: isoDate,
    endDate: isoDate,
    reportingFrequency: z.enum(REPORTING_FREQUENCIES),
    reportDueDays: z.number().int().min(0).max(90),
    components: z
      .array(componentInputSchema)
      .min(1)
      .max(20)
      .refine((items) => unique(items, (item) => item.key), {
        ...bilingualMessage('รหัสโครงการย่อยซ้ำกัน', 'Two projects of the programme have the same key'),
      }),
  })
  .strict()
  .refine((input) => input.startDate <= input.endDate, {
    ...bilingualMessage('วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', 'The end date cannot be before the start date'),
    path: ['endDate'],
  });
export type ProgrammeInput = z.infer<typeof programmeInputSchema>;

/** Targets per indicator and province, set by the centre; each pair is replaced. */
export const targetsInputSchema = z
  .object({
    targets: z
      .array(z.object({ indicatorId: z.uuid(), provinceCode, value: figure }).strict())
      .min(1)
      .max(5000)
      .refine((items) => unique(items, (item) => `${item.indicatorId}/${item.provinceCode}`), {
        ...bilingualMessage('ตัวชี้วัดและจังหวัดซ้ำกัน', 'An indicator and province appear twice'),
      }),
  })
  .strict();
export type TargetsInput = z.infer<typeof targetsInputSchema>;

/** A province registers what it does under a programme, optionally the project that carries it. */
export const activityInputSchema = z
  .object({
    componentId: z.uuid(),
    provinceCode,
    /** A district, subdistrict or village of the province, when the activity is local. */
    areaCode: areaCodeSchema.nullish(),
    title: shortText(500),
    description: optionalText(4000),
    projectId: z.uuid().nullish(),
  })
  .strict();
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** A province's figures for one reporting period (replaces that period's report, If-Match once made). */
export const reportInputSchema = z
  .object({
    provinceCode,
    periodIndex: z.number().int().min(1).max(120),
    values: z
      .array(z.object({ indicatorId: z.uuid(), value: figure }).strict())
      .min(1)
      .max(200)
      .refine((items) => unique(items, (item) => item.indicatorId), {
        ...bilingualMessage('ตัวชี้วัดซ้ำกันในรายงาน', 'An indicator appears twice in the report'),
      }),
    note: optionalText(2000),
    version: positiveInt4().optional(),
  })
  .strict();
export type ReportInput = z.infer<typeof reportInputSchema>;

export const provinceQuery = z.object({ provinceCode: provinceCode.optional() });
export const progressParams = z.object({ id: z.uuid(), provinceCode });
