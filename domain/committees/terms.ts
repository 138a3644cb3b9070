import type { Bilingual } from '../common/bilingual.js';
import { EX_OFFICIO_SEATS, type SeatType } from './committee.js';

/** One appointment of a person to a committee seat: from and to as ISO dates (to open-ended). */
export type Term = { personName: string; seatType: SeatType; validFrom: string; validTo: string | null };
export type TermWarning = { code: 'term_too_long' | 'third_consecutive_term'; message: Bilingual };

/** Appointed seats run for at most three years and a person holds at most two terms in a row. */
export const MAX_TERM_YEARS = 3;
export const MAX_CONSECUTIVE_TERMS = 2;
/** A reappointment within this many days of the previous term's end still counts as "in a row". */
export const CONSECUTIVE_GAP_DAYS = 90;

const DAY_MS = 86_400_000;
const samePerson = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC((year ?? 0) + years, (month ?? 1) - 1, day ?? 1));
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

/**
 * Warnings (never refusals: the appointing order decides) for a new term against the person's
 * earlier terms on the same committee: longer than three years, or the third term in a row.
 */
export function termWarnings(term: Term, earlier: readonly Term[]): TermWarning[] {
  if (EX_OFFICIO_SEATS.includes(term.seatType)) {
    return [];
  }
  const warnings: TermWarning[] = [];
  if (term.validTo === null || term.validTo > addYears(term.validFrom, MAX_TERM_YEARS)) {
    warnings.push({
      code: 'term_too_long',
      message: {
        th: `วาระของกรรมการประเภทนี้ไม่เกิน ${MAX_TERM_YEARS} ปี กรุณาระบุวันสิ้นสุดวาระ`,
        en: `An appointed term lasts at most ${MAX_TERM_YEARS} years; give its end date`,
      },
    });
  }
  const previous = earlier
    .filter((other) => samePerson(other.personName, term.personName) && other.validFrom < term.validFrom)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  let inRow = 1;
  let start = term.validFrom;
  for (const other of previous) {
    if (other.validTo === null || daysBetween(other.validTo, start) > CONSECUTIVE_GAP_DAYS) {
      break;
    }
    inRow += 1;
    start = other.validFrom;
  }
  if (inRow > MAX_CONSECUTIVE_TERMS) {
    warnings.push({
      code: 'third_consecutive_term',
      message: {
        th: `${term.personName} จะดำรงตำแหน่งเป็นวาระที่ ${inRow} ติดต่อกัน (ไม่เกิน ${MAX_CONSECUTIVE_TERMS} วาระติดต่อกัน)`,
        en: `${term.personName} would serve a term ${inRow} in a row (at most ${MAX_CONSECUTIVE_TERMS} in a row)`,
      },
    });
  }
  return warnings;
}

/** Whether a term covers a date (ISO, inclusive at both ends). */
export function termCovers(term: { validFrom: string; validTo: string | null }, date: string): boolean {
  return term.validFrom <= date && (term.validTo === null || date <= term.validTo);
}
