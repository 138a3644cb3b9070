import { toBangkokIsoDate } from '../thai/bangkok-time.js';
import { parseBeDate } from '../thai/be-date.js';
import { fromThaiDigits } from '../thai/digits.js';

/** A stored ISO date as the sheet shows it: "dd/mm/yyyy" in the Buddhist Era. */
export function formatSheetDate(iso: string | null): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${Number(match[1]) + 543}` : '';
}

/** Whole number text (Thai digits and thousands commas allowed), or null when it is not one. */
export function parseWholeNumber(text: string): number | null {
  const cleaned = fromThaiDigits(text.trim()).replace(/,/g, '');
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : null;
}

/** ISO date of a sheet date: BE "d/m/yyyy" or ISO "yyyy-mm-dd"; null when it is neither. */
export function parseSheetDate(text: string): string | null {
  const trimmed = fromThaiDigits(text.trim());
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const date = new Date(`${trimmed}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === trimmed ? trimmed : null;
  }
  const be = parseBeDate(trimmed);
  return be ? toBangkokIsoDate(be) : null;
}
