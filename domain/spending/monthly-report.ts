import { z } from 'zod';
import { THAI_MONTHS } from '../thai/be-date.js';
import { fiscalYearSchema } from '../plans/plan-input.js';
import type { TargetClass } from './budget-class.js';
import { calendarMonthOf } from './months.js';
import type { SpendingSummary, Warning } from './spending-response.js';

export const monthlyReportQuery = z
  .object({
    fiscalYear: z.coerce.number().pipe(fiscalYearSchema),
    provinceCode: z.string().regex(/^\d{2}$/),
  })
  .strict();

export type ReportClassRow = {
  budgetClass: TargetClass;
  allocationSatang: bigint;
  disbursedSatang: bigint;
  disbursedPct: number;
  targetPct: number | null;
  gapPoints: number | null;
};

/** What the one-page monthly province report prints. */
export type MonthlyReport = {
  fiscalYear: number;
  provinceName: string;
  /** The month the figures run to (0: nothing reported yet). */
  throughMonth: number;
  classes: ReportClassRow[];
  carryOverDisbursedSatang: bigint;
  warnings: Warning[];
  /** Warnings beyond those printed. */
  moreWarnings: number;
  generatedAt: Date;
};

/** Warnings printed on the page; the rest are counted. */
export const REPORT_WARNING_ROWS = 8;

/** The month's figures per class from a province summary, cumulative to `throughMonth`. */
export function reportClassRows(summary: SpendingSummary, throughMonth: number): ReportClassRow[] {
  return summary.classes.map((entry) => {
    const month = throughMonth > 0 ? entry.months[throughMonth - 1] : undefined;
    const disbursedPct = month?.disbursedPct ?? 0;
    const targetPct = month?.targetPct ?? null;
    return {
      budgetClass: entry.budgetClass,
      allocationSatang: BigInt(entry.allocationSatang),
      disbursedSatang: BigInt(month?.disbursedCumSatang ?? '0'),
      disbursedPct,
      targetPct,
      gapPoints: targetPct === null ? null : Math.round((disbursedPct - targetPct) * 100) / 100,
    };
  });
}

/** Carried-over money paid out in the year to `throughMonth` (kept apart from the year's own). */
export function reportCarryOver(summary: SpendingSummary, throughMonth: number): bigint {
  const overall = summary.classes.find((entry) => entry.budgetClass === 'overall');
  return BigInt(
    (throughMonth > 0 ? overall?.months[throughMonth - 1]?.carryOverDisbursedCumSatang : undefined) ?? '0',
  );
}

/** "พฤษภาคม 2569": the calendar month and BE year of a fiscal month. */
export function reportMonthName(fiscalYear: number, fiscalMonth: number): string {
  const { year, month } = calendarMonthOf(fiscalYear, fiscalMonth);
  return `${THAI_MONTHS[month - 1] ?? ''} ${year + 543}`;
}
