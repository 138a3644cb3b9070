import { bangkokMidnight, pad2, toBangkokParts } from './bangkok-time.js';
import { fromThaiDigits, toThaiDigits } from './digits.js';
import { toBuddhistYear, toGregorianYear } from './fiscal-year.js';

export { fromThaiDigits, toThaiDigits } from './digits.js';

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

const ENGLISH_MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export type ThaiDateStyle = 'full' | 'short' | 'numeric';

export interface ThaiDigitsOption {
  thaiDigits?: boolean;
}

export interface ThaiDateOptions extends ThaiDigitsOption {
  style?: ThaiDateStyle;
  withTime?: boolean;
}

function digits(s: string, opts: ThaiDigitsOption): string {
  return opts.thaiDigits === true ? toThaiDigits(s) : s;
}

/** Format an instant as a Bangkok BE date: full "15 มกราคม 2568", short "15 ม.ค. 68", numeric "15/01/2568". */
export function formatThaiDate(date: Date, options: ThaiDateOptions = {}): string {
  const { year, month, day, hour, minute } = toBangkokParts(date);
  const be = toBuddhistYear(year);
  const style = options.style ?? 'full';
  let text: string;
  if (style === 'numeric') {
    text = `${pad2(day)}/${pad2(month)}/${be}`;
  } else if (style === 'short') {
    text = `${day} ${THAI_MONTHS_SHORT[month - 1] ?? ''} ${pad2(be % 100)}`;
  } else {
    text = `${day} ${THAI_MONTHS[month - 1] ?? ''} ${be}`;
  }
  if (options.withTime === true) {
    text += ` เวลา ${pad2(hour)}:${pad2(minute)} น.`;
  }
  return digits(text, options);
}

/** "ปีงบประมาณ พ.ศ. 2570". */
export function formatFiscalYear(fy: number, options: ThaiDigitsOption = {}): string {
  return digits(`ปีงบประมาณ พ.ศ. ${fy}`, options);
}

/** "ไตรมาสที่ 1 (ต.ค.–ธ.ค.)"; throws RangeError unless q is 1..4. */
export function formatQuarter(q: number, options: ThaiDigitsOption = {}): string {
  if (!Number.isInteger(q) || q < 1 || q > 4) {
    throw new RangeError(`Invalid fiscal quarter: ${q}`);
  }
  // Fiscal Q1 starts in October (calendar month index 9).
  const first = (9 + (q - 1) * 3) % 12;
  const range = `${THAI_MONTHS_SHORT[first] ?? ''}–${THAI_MONTHS_SHORT[first + 2] ?? ''}`;
  return digits(`ไตรมาสที่ ${q} (${range})`, options);
}

/** English rendering in Bangkok time: "15 Jan 2025 (BE 2568)". */
export function formatEnglishDate(date: Date): string {
  const { year, month, day } = toBangkokParts(date);
  return `${day} ${ENGLISH_MONTHS_SHORT[month - 1] ?? ''} ${year} (BE ${toBuddhistYear(year)})`;
}

/** Parse "d/m/yyyy" (BE year, Arabic or Thai digits) to Bangkok midnight; null if malformed or not a real date. */
export function parseBeDate(text: string): Date | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(fromThaiDigits(text.trim()));
  if (match === null) {
    return null;
  }
  const day = Number(match[1]);
  const month = Number(match[2]);
  const ce = toGregorianYear(Number(match[3]));
  const date = bangkokMidnight(ce, month, day);
  const back = toBangkokParts(date);
  // Date silently overflows (31/02 → 3 Mar), so reject anything that did not round-trip.
  if (back.year !== ce || back.month !== month || back.day !== day) {
    return null;
  }
  return date;
}
