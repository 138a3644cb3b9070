import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4 } from '../common/integers.js';
import { fiscalYearSchema } from '../plans/plan-input.js';

/** Which amounts the pack counts: each project's request, or the latest budget stage recorded for it. */
export const PACK_AMOUNT_STAGES = ['request', 'latest'] as const;
export type PackAmountStage = (typeof PACK_AMOUNT_STAGES)[number];

/** POST …/explanation-pack: one fiscal year of one province or one cluster, with the layout options. */
export const explanationPackRequestSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'Province code is 2 digits'))
      .optional(),
    clusterId: positiveInt4().optional(),
    amounts: z.enum(PACK_AMOUNT_STAGES).default('latest'),
    /** Thai digits in headings, numbering, dates and page numbers (the official body style). */
    thaiDigits: z.boolean().default(true),
    /** Thai digits for the figures inside tables too (budget documents usually keep Arabic). */
    thaiDigitsInTables: z.boolean().default(false),
  })
  .strict()
  .refine(
    (request) => (request.provinceCode === undefined) !== (request.clusterId === undefined),
    bilingualMessage('ระบุจังหวัดหรือกลุ่มจังหวัดอย่างใดอย่างหนึ่ง', 'Give either a province or a cluster'),
  );
export type ExplanationPackRequest = z.output<typeof explanationPackRequestSchema>;

const packFileSchema = z.object({
  fileId: z.uuid(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  downloadUrl: z.string(),
});

/** What the pack job leaves once both files are stored: the files and the totals they print. */
export const explanationPackResultSchema = z.object({
  pdf: packFileSchema,
  xlsx: packFileSchema,
  projectCount: z.number().int(),
  /** Whole satang as a decimal string. */
  grandTotalSatang: z.string(),
  grandTotalText: z.string(),
});
export type ExplanationPackResult = z.infer<typeof explanationPackResultSchema>;
