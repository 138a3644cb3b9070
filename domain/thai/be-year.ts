import { formatFiscalYear } from './be-date.js';
import { toGregorianYear } from './fiscal-year.js';

/** The two languages a year is written in. */
export type YearLanguage = 'th' | 'en';

/**
 * The one way the system writes years. Thai: the BE year after "พ.ศ.". English: the CE year followed
 * by "(BE n)", as English dates are ("15 Jan 2025 (BE 2568)"), so a reader never guesses the era.
 */

/** A fiscal year, named by the year it ends: "ปีงบประมาณ พ.ศ. 2569" / "FY 2026 (BE 2569)". */
export function fiscalYearText(fiscalYear: number, lang: YearLanguage): string {
  return lang === 'th'
    ? formatFiscalYear(fiscalYear)
    : `FY ${toGregorianYear(fiscalYear)} (BE ${fiscalYear})`;
}

/** A calendar year given in BE: "พ.ศ. 2565" / "2022 (BE 2565)". */
export function beYearText(year: number, lang: YearLanguage): string {
  return lang === 'th' ? `พ.ศ. ${year}` : `${toGregorianYear(year)} (BE ${year})`;
}

/** A span of BE years, such as a plan's period: "พ.ศ. 2566–2570" / "2023–2027 (BE 2566–2570)". */
export function bePeriodText(first: number, last: number, lang: YearLanguage): string {
  return lang === 'th'
    ? `พ.ศ. ${first}–${last}`
    : `${toGregorianYear(first)}–${toGregorianYear(last)} (BE ${first}–${last})`;
}
