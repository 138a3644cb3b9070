import type { Lang } from '../../app/i18n/index.js';
import type { NeedDimension } from '../../../domain/needs/need-response.js';

/** A dimension's name in the UI language (English falls back to Thai). */
export function dimensionName(dimension: Pick<NeedDimension, 'nameTh' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && dimension.nameEn ? dimension.nameEn : dimension.nameTh;
}

/** Thai-style thousands separators for counts in either language. */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US').format(value);
}
