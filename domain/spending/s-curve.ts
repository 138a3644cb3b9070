import { cumulative, percentOf } from './plan-curve.js';
import { FISCAL_MONTHS } from './months.js';

export type SCurvePoint = {
  fiscalMonth: number;
  planCumSatang: bigint;
  /** Null for months not reported yet. */
  actualCumSatang: bigint | null;
  targetCumSatang: bigint | null;
  planPct: number;
  actualPct: number | null;
  targetPct: number | null;
};

/**
 * Plan, actual and target as cumulative amounts and percents of the allocation, month by month.
 * Actuals stop at the last reported month; the target comes as cumulative percents per month.
 */
export function sCurve(input: {
  allocationSatang: bigint;
  planMonthly: readonly bigint[];
  actualMonthly: readonly bigint[];
  reportedThrough: number;
  targetPctByMonth: readonly (number | null)[];
}): SCurvePoint[] {
  const plan = cumulative(FISCAL_MONTHS.map((month) => input.planMonthly[month - 1] ?? 0n));
  const actual = cumulative(FISCAL_MONTHS.map((month) => input.actualMonthly[month - 1] ?? 0n));
  return FISCAL_MONTHS.map((month, index) => {
    const reported = month <= input.reportedThrough;
    const targetPct = input.targetPctByMonth[index] ?? null;
    const planCum = plan[index] ?? 0n;
    const actualCum = reported ? (actual[index] ?? 0n) : null;
    return {
      fiscalMonth: month,
      planCumSatang: planCum,
      actualCumSatang: actualCum,
      targetCumSatang:
        targetPct === null ? null : (input.allocationSatang * BigInt(Math.round(targetPct * 100))) / 10000n,
      planPct: percentOf(planCum, input.allocationSatang),
      actualPct: actualCum === null ? null : percentOf(actualCum, input.allocationSatang),
      targetPct,
    };
  });
}
