import type { PortalLanguage } from './words.js';
import { formatEnglishDate, formatThaiDate, THAI_MONTHS_SHORT } from '../thai/be-date.js';
import { formatBaht } from '../thai/money.js';

/** Whole baht with separators (satang left out: the public reads budgets, not cents). */
export function bahtText(satang: string, lang: PortalLanguage): string {
  const text = formatBaht(BigInt(satang)).replace(/\.\d\d$/, '');
  return lang === 'th' ? `${text} บาท` : `${text} baht`;
}

export function dateText(value: Date | string | null, lang: PortalLanguage): string {
  if (value === null) {
    return '–';
  }
  const date = new Date(value);
  return lang === 'th' ? formatThaiDate(date) : formatEnglishDate(date);
}

const ENGLISH_MONTHS = ['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'];

/** Month of a fiscal year (1 = October) with its BE year, e.g. "ธ.ค. 2568" / "Dec 2025". */
export function fiscalMonthText(fiscalYear: number, fiscalMonth: number, lang: PortalLanguage): string {
  const calendarMonth = ((fiscalMonth + 8) % 12) + 1;
  const beYear = calendarMonth >= 10 ? fiscalYear - 1 : fiscalYear;
  return lang === 'th'
    ? `${THAI_MONTHS_SHORT[calendarMonth - 1] ?? ''} ${beYear}`
    : `${ENGLISH_MONTHS[fiscalMonth - 1] ?? ''} ${beYear - 543}`;
}

/** A province's name in the page's language (the Thai one when there is no English). */
export const nameIn = (row: { nameTh: string; nameEn: string | null }, lang: PortalLanguage) =>
  lang === 'en' && row.nameEn ? row.nameEn : row.nameTh;
