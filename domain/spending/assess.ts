import type { TargetClass } from './budget-class.js';
import { yearEndForecast } from './forecast.js';
import { percentOf } from './plan-curve.js';
import { procurementStageOf, type ProcurementDates } from './procurement.js';
import { sCurve, type SCurvePoint } from './s-curve.js';
import { spendingStatus, type SpendingStatus, type StatusReason } from './status.js';
import { commitmentCutoff, targetPctAt, type DeadlineInput, type TargetInput } from './targets.js';
import { FISCAL_MONTHS } from './months.js';

export type Assessment = {
  sCurve: SCurvePoint[];
  status: SpendingStatus;
  reasons: StatusReason[];
  forecastSatang: bigint;
  forecastPct: number;
  planPct: number;
  actualPct: number;
  disbursedSatang: bigint;
};

/**
 * Everything the dashboards say about one project's year, from its plan, its own-budget actuals,
 * its procurement and the year's targets: the S-curve, the status with reasons and the forecast.
 */
export function assessProject(input: {
  allocationSatang: bigint;
  planMonthly: readonly bigint[];
  disbursedMonthly: readonly bigint[];
  reportedThrough: number;
  procurement: ProcurementDates & { contractValueSatang: bigint | null };
  targetClass: TargetClass;
  targets: readonly TargetInput[];
  deadlines: readonly DeadlineInput[];
  multiYear: boolean;
  asOfDate: string;
}): Assessment {
  const targetPctByMonth = FISCAL_MONTHS.map((month) => targetPctAt(input.targets, input.targetClass, month));
  const curve = sCurve({ ...input, actualMonthly: input.disbursedMonthly, targetPctByMonth });
  const now = input.reportedThrough > 0 ? curve[input.reportedThrough - 1] : undefined;
  const planCum = now?.planCumSatang ?? 0n;
  const disbursed = now?.actualCumSatang ?? 0n;
  const forecastSatang = yearEndForecast({
    allocationSatang: input.allocationSatang,
    contractValueSatang: input.procurement.contractValueSatang,
    planCumSatang: planCum,
    planTotalSatang: curve[11]?.planCumSatang ?? 0n,
    disbursedCumSatang: disbursed,
    stage: procurementStageOf(input.procurement),
  });
  const forecastPct = percentOf(forecastSatang, input.allocationSatang);
  const planPct = now?.planPct ?? 0;
  const actualPct = now?.actualPct ?? 0;
  const { status, reasons } = spendingStatus({
    asOfDate: input.asOfDate,
    commitmentCutoff: commitmentCutoff(input.deadlines, input.multiYear),
    contractSignedDate: input.procurement.contractSignedDate,
    planPct,
    actualPct,
    targetPct: now?.targetPct ?? null,
    forecastPct,
    yearEndTargetPct: targetPctByMonth[11] ?? null,
  });
  return {
    sCurve: curve,
    status,
    reasons,
    forecastSatang,
    forecastPct,
    planPct,
    actualPct,
    disbursedSatang: disbursed,
  };
}
