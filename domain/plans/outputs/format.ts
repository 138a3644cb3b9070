import { digits } from '../../thai/digits.js';
import { formatThaiDate } from '../../thai/be-date.js';

/** A calendar date stored as 'YYYY-MM-DD' (CE) in full Thai form: "15 มกราคม 2568". */
export function formatIsoDate(iso: string | null, thai: boolean): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return '';
  }
  // Noon Bangkok time keeps the calendar day whatever the server's time zone.
  return formatThaiDate(new Date(`${iso}T12:00:00+07:00`), { thaiDigits: thai });
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** Canonical text of a decimal for comparisons: '012.50' → '12.5', '-0' → '0'; null when not a plain decimal. */
export function normalizeDecimal(text: string): string | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) {
    return null;
  }
  const whole = (match[2] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return match[1] === '-' && body !== '0' ? `-${body}` : body;
}

/** A decimal for display with thousands separators, keeping its own decimals: '1234567.5' → '1,234,567.5'. */
export function formatDecimal(text: string | null, thai: boolean): string {
  if (text === null || text === '') {
    return '';
  }
  const normal = normalizeDecimal(text);
  if (normal === null) {
    return digits(text, thai);
  }
  const [whole = '', fraction] = normal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digits(fraction ? `${grouped}.${fraction}` : grouped, thai);
}
