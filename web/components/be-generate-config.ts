import type { GenerateConfig } from '@rc-component/picker/generate';
import type { Dayjs } from 'dayjs';
import { fromThaiDigits } from '../../domain/thai/digits.js';

export const BE_OFFSET = 543;

export function toBeYear(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

export function toCeYear(beYear: number): number {
  return beYear - BE_OFFSET;
}

// dayjs escapes literals in [brackets]; those are matched first so their contents are left alone.
const YEAR_TOKENS = /\[[^\]]*\]|BBBB|YYYY|BB|YY/g;

/**
 * Rewrites a dayjs format so the year prints in BE: YYYY/BBBB become the literal 4-digit BE year,
 * YY/BB its last two digits. Everything else is left for dayjs.
 */
export function formatWithBeYear(format: string, ceYear: number): string {
  const be = String(toBeYear(ceYear));
  return format.replace(YEAR_TOKENS, (token) => {
    if (token.startsWith('[')) {
      return token;
    }
    return token.length === 4 ? `[${be}]` : `[${be.slice(-2)}]`;
  });
}

/** The format dayjs parses with once the typed BE year has been turned back into CE. */
export function toParseFormat(format: string): string {
  return format.replace(YEAR_TOKENS, (token) => {
    if (token.startsWith('[')) {
      return token;
    }
    return token.length === 4 ? 'YYYY' : 'YY';
  });
}

/** Typed text with every 4-digit year moved from BE to CE (Thai digits accepted). */
export function beTextToCe(text: string): string {
  return fromThaiDigits(text).replace(/(?<!\d)\d{4}(?!\d)/g, (year) => String(toCeYear(Number(year))));
}

/**
 * Wraps the dayjs generate config so the picker thinks in BE years: the input, the panel headers
 * and the year/decade grids all show BE, and decades line up on BE boundaries (2560–2569).
 * Values stay ordinary CE dayjs objects, so forms and the API never see a shifted date.
 */
export function createBeGenerateConfig(base: GenerateConfig<Dayjs>): GenerateConfig<Dayjs> {
  return {
    ...base,
    getYear: (date) => toBeYear(base.getYear(date)),
    setYear: (date, beYear) => base.setYear(date, toCeYear(beYear)),
    locale: {
      ...base.locale,
      format: (locale, date, format) =>
        base.locale.format(locale, date, formatWithBeYear(format, base.getYear(date))),
      parse: (locale, text, formats) =>
        base.locale.parse(locale, beTextToCe(text), formats.map(toParseFormat)),
    },
  };
}
