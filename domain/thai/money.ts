import { fromThaiDigits, toThaiDigits } from './digits.js';

const SATANG_PER_BAHT = 100n;
const SATANG_PER_MILLION_BAHT = 100_000_000n;
const AMOUNT = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
const EXPONENTIAL = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;

export interface BahtFormatOptions {
  thaiDigits?: boolean;
  withUnit?: boolean;
}

export interface MillionBahtFormatOptions {
  decimals?: number;
  thaiDigits?: boolean;
}

// String(n) is the shortest decimal that round-trips, so 1.005 stays "1.005" rather than 1.00499999…;
// only the exponent form (1e21, 1e-7) needs expanding.
function numberToDecimal(n: number): string {
  if (!Number.isFinite(n)) {
    throw new RangeError(`Invalid baht amount: ${n}`);
  }
  const text = String(n);
  const m = EXPONENTIAL.exec(text);
  if (m === null) {
    return text;
  }
  const sign = m[1] ?? '';
  const int = m[2] ?? '';
  const allDigits = int + (m[3] ?? '');
  const point = int.length + Number(m[4]);
  if (point <= 0) {
    return `${sign}0.${'0'.repeat(-point)}${allDigits}`;
  }
  if (point >= allDigits.length) {
    return sign + allDigits + '0'.repeat(point - allDigits.length);
  }
  return `${sign}${allDigits.slice(0, point)}.${allDigits.slice(point)}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function splitSign(s: bigint): { negative: boolean; abs: bigint } {
  return s < 0n ? { negative: true, abs: -s } : { negative: false, abs: s };
}

/** Parse baht ('1,250,000.50', '21.25', 1.005) to integer satang with decimal math, rounding half-up; RangeError on garbage. */
export function bahtToSatang(input: string | number): bigint {
  const text = typeof input === 'number' ? numberToDecimal(input) : fromThaiDigits(input.trim());
  const m = AMOUNT.exec(text);
  const intPart = m?.[2];
  const fracPart = m?.[3];
  if (m === null || (intPart === undefined && fracPart === undefined)) {
    throw new RangeError(`Invalid baht amount: ${JSON.stringify(input)}`);
  }
  const frac = (fracPart ?? '').padEnd(3, '0');
  let satang = BigInt((intPart ?? '0').replaceAll(',', '')) * SATANG_PER_BAHT + BigInt(frac.slice(0, 2));
  // Round on the magnitude so -1.005 mirrors 1.005.
  if (frac.charAt(2) >= '5') {
    satang += 1n;
  }
  return m[1] === '-' ? -satang : satang;
}

/** Plain baht string for forms/exports: 125000050n → '1250000.50'. */
export function satangToBahtString(s: bigint): string {
  const { negative, abs } = splitSign(s);
  const satang = String(abs % SATANG_PER_BAHT).padStart(2, '0');
  return `${negative ? '-' : ''}${abs / SATANG_PER_BAHT}.${satang}`;
}

/** Display baht with thousands separators: '1,250,000.50', optionally '… บาท' and Thai digits. */
export function formatBaht(s: bigint, options: BahtFormatOptions = {}): string {
  const { negative, abs } = splitSign(s);
  const satang = String(abs % SATANG_PER_BAHT).padStart(2, '0');
  let text = `${negative ? '-' : ''}${groupThousands(String(abs / SATANG_PER_BAHT))}.${satang}`;
  if (options.withUnit === true) {
    text += ' บาท';
  }
  return options.thaiDigits === true ? toThaiDigits(text) : text;
}

/** Display in millions of baht, rounded half-up: 125000000n → '1.2500 ล้านบาท'. */
export function formatMillionBaht(s: bigint, options: MillionBahtFormatOptions = {}): string {
  const decimals = options.decimals ?? 4;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`Invalid decimals: ${decimals}`);
  }
  const { negative, abs } = splitSign(s);
  const scale = 10n ** BigInt(decimals);
  const scaled = abs * scale;
  let rounded = scaled / SATANG_PER_MILLION_BAHT;
  if ((scaled % SATANG_PER_MILLION_BAHT) * 2n >= SATANG_PER_MILLION_BAHT) {
    rounded += 1n;
  }
  const whole = groupThousands(String(rounded / scale));
  const body = decimals === 0 ? whole : `${whole}.${String(rounded % scale).padStart(decimals, '0')}`;
  // A value that rounds to zero should not display as "-0.0000".
  const text = `${negative && rounded !== 0n ? '-' : ''}${body} ล้านบาท`;
  return options.thaiDigits === true ? toThaiDigits(text) : text;
}
