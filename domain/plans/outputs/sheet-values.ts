import { fromThaiDigits } from '../../thai/digits.js';
import { bahtToSatang } from '../../thai/money.js';
import { normalizeDecimal } from './format.js';

/** One problem of one row, in both languages, naming the column. */
export type RowMessage = { field?: string; th: string; en: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: RowMessage };

const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN_DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;
const FY_KEY = /^fy(\d{4})$/;

/** Sheet key of a fiscal-year column: fy2569. */
export const fyKey = (year: number): string => `fy${year}`;

/** The fiscal year a column key names, if it is a year column. */
export function yearOfKey(key: string): number | null {
  const match = FY_KEY.exec(key);
  return match ? Number(match[1]) : null;
}

/** A decimal cell ('' = none); thousands separators and Thai digits are accepted. */
export function parseDecimalCell(raw: string, field: string): Parsed<string | null> {
  const text = fromThaiDigits(raw.trim());
  if (text === '') {
    return { ok: true, value: null };
  }
  const plain = GROUPED.test(text) ? text.replaceAll(',', '') : text;
  if (!PLAIN_DECIMAL.test(plain)) {
    return {
      ok: false,
      message: {
        field,
        th: `"${raw}" ไม่ใช่ตัวเลข (ทศนิยมไม่เกิน 6 ตำแหน่ง)`,
        en: `"${raw}" is not a number (at most 6 decimals)`,
      },
    };
  }
  return { ok: true, value: normalizeDecimal(plain) };
}

/** A money cell in baht ('' = none) to satang: not negative, at most 2 decimals, decimal-string math only. */
export function parseBahtCell(raw: string, field: string): Parsed<bigint | null> {
  const text = fromThaiDigits(raw.trim());
  if (text === '') {
    return { ok: true, value: null };
  }
  const notMoney = {
    ok: false as const,
    message: { field, th: `"${raw}" ไม่ใช่จำนวนเงิน (บาท)`, en: `"${raw}" is not an amount in baht` },
  };
  let satang: bigint;
  try {
    satang = bahtToSatang(text);
  } catch {
    return notMoney;
  }
  if (satang < 0n || text.startsWith('-')) {
    return { ok: false, message: { field, th: 'จำนวนเงินต้องไม่ติดลบ', en: 'The amount must not be negative' } };
  }
  if (/\.\d{3,}$/.test(text)) {
    return {
      ok: false,
      message: {
        field,
        th: 'จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)',
        en: 'An amount has at most 2 decimals (satang)',
      },
    };
  }
  return { ok: true, value: satang };
}

/** A BE year cell ('' = none), 2500–2700. */
export function parseYearCell(raw: string, field: string): Parsed<number | null> {
  const text = fromThaiDigits(raw.trim());
  if (text === '') {
    return { ok: true, value: null };
  }
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2500 || year > 2700) {
    return {
      ok: false,
      message: {
        field,
        th: `"${raw}" ไม่ใช่ปี พ.ศ. (เช่น 2569)`,
        en: `"${raw}" is not a BE year (such as 2569)`,
      },
    };
  }
  return { ok: true, value: year };
}

/** Values of fiscal-year columns outside the plan period are refused, so nothing is silently dropped. */
export function yearsOutsidePeriod(values: Record<string, string>, years: readonly number[]): RowMessage[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const year = yearOfKey(key);
    if (year === null || years.includes(year) || value.trim() === '') {
      return [];
    }
    return [
      {
        field: key,
        th: `ปีงบประมาณ ${year} อยู่นอกระยะของแผน (${years[0]}–${years.at(-1)})`,
        en: `Fiscal year ${year} is outside the plan period (${years[0]}–${years.at(-1)})`,
      },
    ];
  });
}

/** Finds an option by its code or its Thai label (as the sheet's drop-down shows it). */
export function parseChoice<T extends string>(
  raw: string,
  field: string,
  labels: Readonly<Record<T, { th: string }>>,
  what: { th: string; en: string },
): Parsed<T> {
  const text = raw.trim();
  const found = (Object.keys(labels) as T[]).find(
    (code) => code === text.toLowerCase() || labels[code].th === text,
  );
  if (found === undefined) {
    return {
      ok: false,
      message: { field, th: `ไม่รู้จัก${what.th} "${raw}"`, en: `Unknown ${what.en} "${raw}"` },
    };
  }
  return { ok: true, value: found };
}

/** The stale-row check: the row was exported from an older version of the record. */
export function staleRow(raw: string | undefined, current: number): RowMessage | null {
  const text = (raw ?? '').trim();
  if (text === '' || Number(text) === current) {
    return null;
  }
  return {
    field: 'version',
    th: `ข้อมูลแถวนี้ถูกแก้ไขในระบบหลังการส่งออก (ฉบับ ${text} ปัจจุบัน ${current}) กรุณาส่งออกใหม่แล้วแก้ไขอีกครั้ง`,
    en: `This row changed in the system after the export (version ${text}, now ${current}); export again and redo the edit`,
  };
}
