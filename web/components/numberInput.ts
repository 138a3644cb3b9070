import { fromThaiDigits } from '../../domain/thai/digits.js';

const groupWhole = (whole: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The InputNumber formatter for amounts and KPI values: thousands separators on the whole part, the
 * decimals exactly as typed (so "1234." stays editable as "1,234.").
 */
export function groupedNumber(text: string | number | undefined): string {
  const [whole = '', fraction] = String(text ?? '').split('.');
  return fraction === undefined ? groupWhole(whole) : `${groupWhole(whole)}.${fraction}`;
}

/** The InputNumber parser: Thai digits read as Arabic, separators and spaces dropped. */
export function plainNumber(text: string | undefined): string {
  return fromThaiDigits(text ?? '').replace(/[,\s]/g, '');
}
