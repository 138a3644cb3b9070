import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { INT4_MAX, positiveInt4Query } from '../common/integers.js';
import { decimalSchema } from '../plans/plan-children-input.js';
import { fiscalYearSchema, versionField } from '../plans/plan-input.js';
import { isoDate, shortText } from '../spending/fields.js';
import { PHOTO_PHASES } from './evidence.js';
import { PROGRESS_STATUSES } from './progress.js';

/** Request schemas of results: progress reports, output values, evidence uploads, summaries. */
const quarterMessage = bilingualMessage('ไตรมาสคือ 1 ถึง 4', 'Quarter is 1 to 4');
export const quarterSchema = z.number().int(quarterMessage).min(1, quarterMessage).max(4, quarterMessage);
const percentMessage = bilingualMessage(
  'ความก้าวหน้าเป็นจำนวนเต็ม 0 ถึง 100',
  'Progress is a whole percent from 0 to 100',
);
const optionalText = (max: number) => shortText(max).nullable().default(null);

export const progressInputSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    quarter: quarterSchema,
    physicalPercent: z.number().int(percentMessage).min(0, percentMessage).max(100, percentMessage),
    status: z.enum(PROGRESS_STATUSES),
    beneficiariesReached: z.number().int().min(0).max(INT4_MAX).nullable().default(null),
    problems: optionalText(4000),
    fixes: optionalText(4000),
    declineReason: optionalText(1000),
    ...versionField,
  })
  .strict();
export type ProgressInput = z.infer<typeof progressInputSchema>;

export const outputValueSchema = z
  .object({
    /** The output's position (1-based) in the project's outputs and outcomes. */
    outputNo: z.number().int().min(1).max(50),
    actualValue: decimalSchema,
    dataSource: optionalText(300),
    note: optionalText(2000),
  })
  .strict();

export const outputActualsInputSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    quarter: quarterSchema,
    values: z
      .array(outputValueSchema)
      .min(1)
      .max(50)
      .refine(
        (values) => new Set(values.map((value) => value.outputNo)).size === values.length,
        bilingualMessage('ผลผลิตเดียวกันซ้ำกัน', 'An output appears twice'),
      ),
  })
  .strict();
export type OutputActualsInput = z.infer<typeof outputActualsInputSchema>;

const coercedQuarter = z.coerce.number().pipe(quarterSchema);
const coercedYear = z.coerce.number().pipe(fiscalYearSchema);

/** The report a file proves, and what the uploader knows of the photo (else none). */
export const evidenceQuery = z
  .object({
    fiscalYear: coercedYear,
    quarter: coercedQuarter,
    caption: shortText(300).optional(),
    phase: z.enum(PHOTO_PHASES).optional(),
    /** An "after" photo names the "before" photo of the same view it pairs with. */
    pairOf: z.uuid().optional(),
    takenOn: isoDate.optional(),
    latitude: z.coerce.number().min(5).max(21).optional(),
    longitude: z.coerce.number().min(97).max(106).optional(),
  })
  .strict();
export type EvidenceQuery = z.infer<typeof evidenceQuery>;

/** A province's summary, a cluster's (its own budget unit's projects) or, with neither, the reader's scope. */
export const resultsSummaryQuery = z
  .object({
    fiscalYear: coercedYear,
    quarter: coercedQuarter.default(4),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'A 2-digit province code'))
      .optional(),
    clusterId: positiveInt4Query().optional(),
  })
  .strict()
  .refine((query) => !(query.provinceCode && query.clusterId), {
    ...bilingualMessage('ระบุจังหวัดหรือกลุ่มจังหวัดอย่างใดอย่างหนึ่ง', 'Give a province or a cluster, not both'),
    path: ['clusterId'],
  });
export type ResultsSummaryQuery = z.infer<typeof resultsSummaryQuery>;
