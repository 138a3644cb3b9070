import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { fiscalYearSchema } from '../plans/plan-input.js';
import { TARGET_CLASSES } from './budget-class.js';
import { PROCUREMENT_STAGES } from './procurement.js';
import { FUND_SOURCES } from './rollup.js';
import { SPENDING_STATUSES, STATUS_REASONS } from './status.js';

/** Response and query schemas of spending; money is whole satang as a decimal string. */
const satang = z.string();
const date = z.string().nullable();

export const procurementSchema = z.object({
  stage: z.enum(PROCUREMENT_STAGES),
  torDate: date,
  announcedDate: date,
  biddingDate: date,
  contractSignedDate: date,
  contractNo: z.string().nullable(),
  contractValueSatang: satang.nullable(),
  contractor: z.string().nullable(),
  egpNumber: z.string().nullable(),
  inspectedDate: date,
  paidDate: date,
  savingsSatang: satang,
  version: z.number().int(),
});
export type ProcurementView = z.infer<typeof procurementSchema>;

export const actualSchema = z.object({
  fiscalMonth: z.number().int(),
  funds: z.enum(FUND_SOURCES),
  committedSatang: satang,
  disbursedSatang: satang,
  source: z.enum(['entered', 'imported']),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const sCurvePointSchema = z.object({
  fiscalMonth: z.number().int(),
  planCumSatang: satang,
  actualCumSatang: satang.nullable(),
  targetCumSatang: satang.nullable(),
  planPct: z.number(),
  actualPct: z.number().nullable(),
  targetPct: z.number().nullable(),
});

export const carryOverSchema = z.object({
  fromFiscalYear: z.number().int(),
  amountSatang: satang,
  disbursedSatang: satang,
  reason: z.string(),
  extendedTo: date,
  extensionReason: z.string().nullable(),
});

export const projectSpendingSchema = z.object({
  projectId: z.uuid(),
  code: z.string(),
  title: z.string(),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  fiscalYear: z.number().int(),
  allocationSatang: satang,
  planMonthly: z.array(satang),
  planVersion: z.number().int(),
  actuals: z.array(actualSchema),
  reportedThrough: z.number().int(),
  procurement: procurementSchema,
  carryOver: carryOverSchema.nullable(),
  sCurve: z.array(sCurvePointSchema),
  status: z.enum(SPENDING_STATUSES),
  reasons: z.array(z.enum(STATUS_REASONS)),
  forecastSatang: satang,
  forecastPct: z.number(),
});
export type ProjectSpending = z.infer<typeof projectSpendingSchema>;

export const warningSchema = z.object({
  projectId: z.uuid(),
  code: z.string(),
  title: z.string(),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  status: z.enum(SPENDING_STATUSES),
  reasons: z.array(z.enum(STATUS_REASONS)),
  allocationSatang: satang,
  disbursedSatang: satang,
  actualPct: z.number(),
  planPct: z.number(),
});
export type Warning = z.infer<typeof warningSchema>;

const warningCursor = z.tuple([z.string(), z.string()]);
export const warningsQuery = z
  .object({
    fiscalYear: z.coerce.number().pipe(fiscalYearSchema),
    status: z.enum(['late', 'at_risk']).optional(),
    /** Only this province's rows (a cluster project's rows are its operations-centre province's). */
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'A 2-digit province code'))
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: cursorQuery(warningCursor).optional(),
  })
  .strict();
export type WarningsQuery = z.output<typeof warningsQuery>;
export const warningPageSchema = z.object({
  items: z.array(warningSchema),
  nextCursor: z.string().nullable(),
});

export const SUMMARY_LEVELS = ['national', 'cluster', 'province'] as const;
export const summaryQuery = z
  .object({
    fiscalYear: z.coerce.number().pipe(fiscalYearSchema),
    level: z.enum(SUMMARY_LEVELS).default('national'),
    code: z
      .string()
      .regex(/^\d{1,3}$/)
      .optional(),
  })
  .strict();

export const summaryMonthSchema = z.object({
  fiscalMonth: z.number().int(),
  plannedCumSatang: satang,
  disbursedCumSatang: satang,
  committedCumSatang: satang,
  carryOverDisbursedCumSatang: satang,
  disbursedPct: z.number(),
  targetPct: z.number().nullable(),
});
export const summarySchema = z.object({
  fiscalYear: z.number().int(),
  level: z.enum(SUMMARY_LEVELS),
  code: z.string().nullable(),
  classes: z.array(
    z.object({
      budgetClass: z.enum(TARGET_CLASSES),
      allocationSatang: satang,
      months: z.array(summaryMonthSchema),
    }),
  ),
});
export type SpendingSummary = z.infer<typeof summarySchema>;
