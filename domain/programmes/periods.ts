/** How often provinces report a programme's progress. */
export const REPORTING_FREQUENCIES = ['monthly', 'quarterly'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** One reporting period: its number (1, 2, …), first and last day, and the day its report is due. */
export type ReportingPeriod = { index: number; start: string; end: string; due: string };

const MAX_PERIODS = 120;

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function addDays(iso: string, days: number): string {
  const date = utcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/** The first day of the calendar month `months` after the month of `iso`. */
function monthStart(iso: string, months: number): string {
  const date = utcDate(iso);
  return isoOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)));
}

/**
 * The reporting periods of a programme running from `start` to `end` (ISO dates, inclusive): calendar
 * months or three-month blocks, the first starting on `start`, the last cut at `end`. Each report is
 * due `dueDays` after its period ends.
 */
export function reportingPeriods(
  start: string,
  end: string,
  frequency: ReportingFrequency,
  dueDays: number,
): ReportingPeriod[] {
  const step = frequency === 'monthly' ? 1 : 3;
  const periods: ReportingPeriod[] = [];
  let periodStart = start;
  for (let index = 1; periodStart <= end && index <= MAX_PERIODS; index++) {
    const nextStart = monthStart(periodStart, step);
    const periodEnd = addDays(nextStart, -1) < end ? addDays(nextStart, -1) : end;
    periods.push({ index, start: periodStart, end: periodEnd, due: addDays(periodEnd, dueDays) });
    periodStart = nextStart;
  }
  return periods;
}

/** Periods whose report was due before `today` (ISO) and is missing. */
export function overduePeriods(
  periods: readonly ReportingPeriod[],
  reported: ReadonlySet<number>,
  today: string,
): ReportingPeriod[] {
  return periods.filter((period) => period.due < today && !reported.has(period.index));
}
