import { z } from 'zod';
import { fiscalYearSchema } from '../plans/plan-input.js';
import { yearEndForecast } from './forecast.js';
import { monthEndDate } from './months.js';
import { cumulative } from './plan-curve.js';
import { procurementStageOf, type ProcurementDates } from './procurement.js';

/** One project's closed year, as the back-test replays it. */
export type ClosedYear = {
  allocationSatang: bigint;
  planMonthly: readonly bigint[];
  disbursedMonthly: readonly bigint[];
  procurement: ProcurementDates & { contractValueSatang: bigint | null };
};

export const forecastErrorQuery = z.object({ fiscalYear: z.coerce.number().pipe(fiscalYearSchema) }).strict();
export const forecastErrorSchema = z.object({
  fiscalYear: z.number().int(),
  /** Projects with money paid by year end (the error is relative to it). */
  projects: z.number().int(),
  /** Mean absolute percentage error of the year-end forecast made at the end of each month 1..11. */
  months: z.array(z.object({ fiscalMonth: z.number().int(), mapePct: z.number().nullable() })),
  meanMapePct: z.number().nullable(),
});
export type ForecastError = z.infer<typeof forecastErrorSchema>;

/** The procurement as it stood on a date: later steps not reached yet, no contract value before signing. */
export function procurementAsOf(
  procurement: ClosedYear['procurement'],
  date: string,
): ClosedYear['procurement'] {
  const by = (value: string | null) => (value !== null && value <= date ? value : null);
  const signed = by(procurement.contractSignedDate);
  return {
    torDate: by(procurement.torDate),
    announcedDate: by(procurement.announcedDate),
    biddingDate: by(procurement.biddingDate),
    contractSignedDate: signed,
    inspectedDate: by(procurement.inspectedDate),
    paidDate: by(procurement.paidDate),
    contractValueSatang: signed ? procurement.contractValueSatang : null,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Back-tests the year-end forecast on a closed year: at the end of each month 1..11 it forecasts
 * every project from what was known then (the curve so far and the procurement step reached) and
 * compares with what was actually paid by September. Projects that paid nothing are left out.
 */
export function backTestForecast(fiscalYear: number, years: readonly ClosedYear[]): ForecastError {
  const measured = years.filter((year) => year.disbursedMonthly.reduce((sum, value) => sum + value, 0n) > 0n);
  const months = Array.from({ length: 11 }, (_, index) => {
    const fiscalMonth = index + 1;
    const errors = measured.map((year) => {
      const plan = cumulative(year.planMonthly);
      const paid = cumulative(year.disbursedMonthly);
      const actual = paid[11] ?? 0n;
      const known = procurementAsOf(year.procurement, monthEndDate(fiscalYear, fiscalMonth));
      const forecast = yearEndForecast({
        allocationSatang: year.allocationSatang,
        contractValueSatang: known.contractValueSatang,
        planCumSatang: plan[index] ?? 0n,
        planTotalSatang: plan[11] ?? 0n,
        disbursedCumSatang: paid[index] ?? 0n,
        stage: procurementStageOf(known),
      });
      const gap = forecast > actual ? forecast - actual : actual - forecast;
      return Number((gap * 1_000_000n) / actual) / 10_000;
    });
    return {
      fiscalMonth,
      mapePct: errors.length ? round2(errors.reduce((sum, value) => sum + value, 0) / errors.length) : null,
    };
  });
  const values = months.flatMap((month) => (month.mapePct === null ? [] : [month.mapePct]));
  return {
    fiscalYear,
    projects: measured.length,
    months,
    meanMapePct: values.length ? round2(values.reduce((sum, value) => sum + value, 0) / values.length) : null,
  };
}
