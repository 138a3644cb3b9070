// Bangkok has kept a fixed UTC+7 offset with no DST since 1920, so plain arithmetic is exact and
// avoids depending on the runtime's ICU time-zone data.
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface BangkokParts {
  /** Gregorian (CE) year. */
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Calendar and clock fields of an instant as seen in Asia/Bangkok; throws RangeError on an invalid Date. */
export function toBangkokParts(date: Date): BangkokParts {
  const ms = date.getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError('Invalid Date');
  }
  const shifted = new Date(ms + BANGKOK_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** UTC instant of 00:00 Asia/Bangkok on a CE calendar date (month 1..12; out-of-range days overflow like Date). */
export function bangkokMidnight(year: number, month: number, day: number): Date {
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not remap years 0..99 to 1900..1999.
  utc.setUTCFullYear(year, month - 1, day);
  return new Date(utc.getTime() - BANGKOK_OFFSET_MS);
}

/** ISO 'YYYY-MM-DD' (CE) of the Bangkok calendar date of an instant. */
export function toBangkokIsoDate(date: Date): string {
  const { year, month, day } = toBangkokParts(date);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
