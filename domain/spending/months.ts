import { toGregorianYear } from '../thai/fiscal-year.js';

/** Fiscal months are numbered 1..12 from October; a quarter is three of them. */
export const FISCAL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const QUARTERS = [1, 2, 3, 4] as const;

/** The last fiscal month of each quarter (Dec, Mar, Jun, Sep). */
export const quarterEndMonth = (quarter: number): number => quarter * 3;

/** The calendar month (CE year, 1..12) of a fiscal month of a BE fiscal year. */
export function calendarMonthOf(fiscalYear: number, fiscalMonth: number): { year: number; month: number } {
  const endYear = toGregorianYear(fiscalYear);
  const month = ((fiscalMonth + 8) % 12) + 1;
  return { year: fiscalMonth <= 3 ? endYear - 1 : endYear, month };
}

/** The last day ('YYYY-MM-DD', CE) of a fiscal month, the day a month's figures are as of. */
export function monthEndDate(fiscalYear: number, fiscalMonth: number): string {
  const { year, month } = calendarMonthOf(fiscalYear, fiscalMonth);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}
