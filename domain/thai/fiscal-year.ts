import { bangkokMidnight, pad2, toBangkokParts } from './bangkok-time.js';

const BE_OFFSET = 543;
const FIRST_MONTH = 10;

export interface FiscalYearRange {
  /** 1 Oct 00:00 Asia/Bangkok, as a UTC instant. */
  start: Date;
  /** Exclusive: start of the next fiscal year. */
  end: Date;
  /** Last calendar day, ISO 'YYYY-MM-DD' (CE). */
  lastDay: string;
}

/** Convert a Gregorian (CE) year to Buddhist Era. */
export function toBuddhistYear(ce: number): number {
  return ce + BE_OFFSET;
}

/** Convert a Buddhist Era year to Gregorian (CE). */
export function toGregorianYear(be: number): number {
  return be - BE_OFFSET;
}

/** True for an integer BE fiscal year in the supported window 2500..2700. */
export function isValidFiscalYear(be: number): boolean {
  return Number.isInteger(be) && be >= 2500 && be <= 2700;
}

/** BE fiscal year (1 Oct – 30 Sep, named by the year it ends) of an instant, in Bangkok time. */
export function fiscalYearOf(date: Date): number {
  const { year, month } = toBangkokParts(date);
  return toBuddhistYear(month >= FIRST_MONTH ? year + 1 : year);
}

/** Bangkok-local boundaries of a BE fiscal year; throws RangeError outside 2500..2700. */
export function fiscalYearRange(fyBe: number): FiscalYearRange {
  if (!isValidFiscalYear(fyBe)) {
    throw new RangeError(`Invalid fiscal year: ${fyBe}`);
  }
  const endCe = toGregorianYear(fyBe);
  return {
    start: bangkokMidnight(endCe - 1, FIRST_MONTH, 1),
    end: bangkokMidnight(endCe, FIRST_MONTH, 1),
    lastDay: `${endCe}-${pad2(FIRST_MONTH - 1)}-30`,
  };
}

/** Fiscal month 1..12 (October = 1) in Bangkok time. */
export function fiscalMonthOf(date: Date): number {
  const { month } = toBangkokParts(date);
  return ((month - FIRST_MONTH + 12) % 12) + 1;
}

/** Fiscal quarter 1..4 (Q1 = Oct–Dec) in Bangkok time. */
export function fiscalQuarterOf(date: Date): number {
  return Math.ceil(fiscalMonthOf(date) / 3);
}

const QUARTER_LAST_DAYS: readonly (readonly [month: number, day: number])[] = [
  [12, 31],
  [3, 31],
  [6, 30],
  [9, 30],
];

/** Last calendar day of fiscal quarter 1..4 of a BE fiscal year, ISO 'YYYY-MM-DD' (CE); Q1 ends in the year before. */
export function fiscalQuarterLastDay(fyBe: number, quarter: number): string {
  const last = QUARTER_LAST_DAYS[quarter - 1];
  if (!isValidFiscalYear(fyBe) || !Number.isInteger(quarter) || !last) {
    throw new RangeError(`Invalid fiscal quarter: ${fyBe} Q${quarter}`);
  }
  const [month, day] = last;
  const year = toGregorianYear(fyBe) - (quarter === 1 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
