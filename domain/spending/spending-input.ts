import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { fiscalYearSchema, versionField } from '../plans/plan-input.js';
import { satangSchema } from '../projects/project-input.js';
import { FUND_SOURCES } from './rollup.js';
import { fiscalMonthSchema, isoDate, shortText } from './fields.js';

/** Request schemas of spending: plans, monthly actuals, month closing, procurement, carry-over. */
export const planInputSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    /** Planned disbursement for each fiscal month, October first. */
    monthly: z
      .array(satangSchema)
      .length(12, bilingualMessage('ต้องมีแผน 12 เดือน', 'The plan needs 12 months')),
    ...versionField,
  })
  .strict();
export type PlanInput = z.infer<typeof planInputSchema>;

export const defaultPlanInputSchema = z
  .object({ fiscalYear: fiscalYearSchema, allocationSatang: satangSchema.optional() })
  .strict();

export const actualInputSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    fiscalMonth: fiscalMonthSchema,
    funds: z.enum(FUND_SOURCES).default('budget'),
    committedSatang: satangSchema,
    disbursedSatang: satangSchema,
  })
  .strict();
export type ActualInput = z.infer<typeof actualInputSchema>;

export const closeMonthInputSchema = z
  .object({
    provinceCode: z.string().regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'A 2-digit province code')),
    fiscalYear: fiscalYearSchema,
    fiscalMonth: fiscalMonthSchema,
  })
  .strict();
export type CloseMonthInput = z.infer<typeof closeMonthInputSchema>;

export const procurementInputSchema = z
  .object({
    torDate: isoDate.nullable(),
    announcedDate: isoDate.nullable(),
    biddingDate: isoDate.nullable(),
    contractSignedDate: isoDate.nullable(),
    contractNo: shortText(100).nullable(),
    contractValueSatang: satangSchema.nullable(),
    contractor: shortText(300).nullable(),
    egpNumber: z
      .string()
      .regex(
        /^\d{6,20}$/,
        bilingualMessage('เลขที่โครงการ e-GP เป็นตัวเลข 6–20 หลัก', 'e-GP number is 6–20 digits'),
      )
      .nullable(),
    inspectedDate: isoDate.nullable(),
    paidDate: isoDate.nullable(),
    ...versionField,
  })
  .strict()
  .refine(
    (input) =>
      input.contractSignedDate === null ||
      (input.contractNo !== null && input.contractValueSatang !== null && input.contractor !== null),
    bilingualMessage(
      'สัญญาที่ลงนามแล้วต้องมีเลขที่สัญญา มูลค่า และผู้รับจ้าง',
      'A signed contract needs its number, value and contractor',
    ),
  );
export type ProcurementInput = z.infer<typeof procurementInputSchema>;

export const carryOverInputSchema = z
  .object({
    fromFiscalYear: fiscalYearSchema,
    amountSatang: satangSchema,
    reason: shortText(1000),
    extendedTo: isoDate.nullable().default(null),
    extensionReason: shortText(1000).nullable().default(null),
  })
  .strict()
  .refine(
    (input) => (input.extendedTo === null) === (input.extensionReason === null),
    bilingualMessage('การขยายเวลาต้องมีทั้งวันที่และเหตุผล', 'An extension needs both its date and its reason'),
  );
export type CarryOverInput = z.infer<typeof carryOverInputSchema>;

export const fiscalYearQuery = z.object({ fiscalYear: z.coerce.number().pipe(fiscalYearSchema) }).strict();
