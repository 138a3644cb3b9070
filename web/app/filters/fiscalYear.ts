import { fiscalYearOf } from '../../../domain/thai/index.js';

/** BE fiscal year containing today (1 Oct – 30 Sep, named by the year it ends). */
export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(now);
}

/** Years offered in the picker: a few back for reporting, a few ahead for planning. */
export function fiscalYearChoices(current: number, back = 5, ahead = 3): number[] {
  const years: number[] = [];
  for (let year = current + ahead; year >= current - back; year--) {
    years.push(year);
  }
  return years;
}
