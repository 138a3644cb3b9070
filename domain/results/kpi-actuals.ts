import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { decimalSchema } from '../plans/plan-children-input.js';
import { fiscalYearSchema } from '../plans/plan-input.js';
import { KPI_DIRECTIONS } from '../plans/plan.js';
import { shortText } from '../spending/fields.js';

/**
 * Actuals of a plan's KPIs against its yearly targets (ตัวชี้วัดตามแผนพัฒนาจังหวัด), per reporting
 * period: a quarter, or 0 for the whole fiscal year (the value the yearly target is judged by).
 */
export const YEAR_PERIOD = 0;
const periodMessage = bilingualMessage(
  'งวดรายงานคือ 0 (ทั้งปี) หรือไตรมาส 1 ถึง 4',
  'Period is 0 (year) or quarter 1 to 4',
);
export const periodSchema = z.number().int(periodMessage).min(0, periodMessage).max(4, periodMessage);

export const kpiActualInputSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    period: periodSchema,
    /** The area the value is for; null for the plan's whole area. */
    areaCode: z
      .string()
      .regex(/^\d{2}(\d{2}(\d{2}(\d{2})?)?)?$/, bilingualMessage('รหัสพื้นที่ไม่ถูกต้อง', 'Invalid area code'))
      .nullable()
      .default(null),
    actualValue: decimalSchema,
    dataSource: shortText(300),
    note: shortText(2000).nullable().default(null),
  })
  .strict();
export type KpiActualInput = z.infer<typeof kpiActualInputSchema>;

/** How a yearly value stands: reported, still open, or due and missing. */
export const KPI_REPORT_STATES = ['reported', 'not_due', 'missing'] as const;
export type KpiReportState = (typeof KPI_REPORT_STATES)[number];

/** Days after a fiscal year's end (30 September) by which its yearly KPI values are due. */
export const KPI_REPORT_GRACE_DAYS = 60;

/** The last day (ISO) to report a fiscal year's (Buddhist Era) yearly KPI values. */
export function kpiReportDueDate(fiscalYear: number): string {
  const end = new Date(Date.UTC(fiscalYear - 543, 8, 30));
  end.setUTCDate(end.getUTCDate() + KPI_REPORT_GRACE_DAYS);
  return end.toISOString().slice(0, 10);
}

/** Reported when a value is on file; otherwise missing once the due date has passed. */
export function kpiReportState(fiscalYear: number, reported: boolean, today: string): KpiReportState {
  if (reported) {
    return 'reported';
  }
  return today > kpiReportDueDate(fiscalYear) ? 'missing' : 'not_due';
}

export const kpiActualSchema = z.object({
  fiscalYear: z.number().int(),
  period: z.number().int(),
  areaCode: z.string().nullable(),
  targetValue: z.string(),
  actualValue: z.string(),
  achievementBp: z.number().int(),
  achieved: z.boolean(),
  dataSource: z.string(),
  note: z.string().nullable(),
  reportedBy: z.uuid().nullable(),
  reportedAt: z.string(),
});

/** GET /results/kpis/{id}: a KPI's yearly targets, each with its actuals and where its report stands. */
export const kpiResultsSchema = z.object({
  kpiId: z.uuid(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(KPI_DIRECTIONS),
  dataSource: z.string().nullable(),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  targets: z.array(
    z.object({
      fiscalYear: z.number().int(),
      areaCode: z.string().nullable(),
      targetValue: z.string(),
      state: z.enum(KPI_REPORT_STATES),
      dueDate: z.string(),
      actuals: z.array(kpiActualSchema),
    }),
  ),
});
export type KpiResults = z.infer<typeof kpiResultsSchema>;
