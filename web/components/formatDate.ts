import { formatEnglishDate, formatThaiDate, pad2, toBangkokParts } from '../../domain/thai/index.js';
import type { Lang } from '../app/i18n/index.js';

export interface FormatDateOptions {
  withTime?: boolean;
  style?: 'full' | 'short' | 'numeric';
}

/** A timestamp from the API as a Bangkok-time BE date in the UI language; '' when absent or invalid. */
export function formatDate(
  value: string | null | undefined,
  lang: Lang,
  options: FormatDateOptions = {},
): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  if (lang === 'th') {
    return formatThaiDate(date, { style: options.style ?? 'full', withTime: options.withTime });
  }
  const text = formatEnglishDate(date);
  if (options.withTime !== true) {
    return text;
  }
  const { hour, minute } = toBangkokParts(date);
  return `${text} ${pad2(hour)}:${pad2(minute)}`;
}

/** A calendar date from the API ('YYYY-MM-DD', CE) as a BE date; read at noon so it stays on its Bangkok day. */
export function formatIsoDate(
  iso: string | null | undefined,
  lang: Lang,
  options: Omit<FormatDateOptions, 'withTime'> = {},
): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return '';
  }
  return formatDate(`${iso}T05:00:00Z`, lang, options);
}
