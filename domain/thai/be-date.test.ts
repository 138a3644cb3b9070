import { describe, it, expect } from 'vitest';
import {
  formatEnglishDate,
  formatFiscalYear,
  formatQuarter,
  formatThaiDate,
  fromThaiDigits,
  parseBeDate,
  toThaiDigits,
} from './be-date.js';

// 15 Jan 2025 14:05 in Bangkok.
const jan15 = new Date('2025-01-15T07:05:00Z');

describe('formatThaiDate', () => {
  it('full / short / numeric', () => {
    expect(formatThaiDate(jan15, { style: 'full' })).toBe('15 มกราคม 2568');
    expect(formatThaiDate(jan15, { style: 'short' })).toBe('15 ม.ค. 68');
    expect(formatThaiDate(jan15, { style: 'numeric' })).toBe('15/01/2568');
  });

  it('defaults to full', () => {
    expect(formatThaiDate(jan15)).toBe('15 มกราคม 2568');
  });

  it('thaiDigits', () => {
    expect(formatThaiDate(jan15, { style: 'full', thaiDigits: true })).toBe('๑๕ มกราคม ๒๕๖๘');
    expect(formatThaiDate(jan15, { style: 'numeric', thaiDigits: true })).toBe('๑๕/๐๑/๒๕๖๘');
  });

  it('withTime', () => {
    expect(formatThaiDate(jan15, { style: 'full', withTime: true })).toBe('15 มกราคม 2568 เวลา 14:05 น.');
    expect(formatThaiDate(jan15, { style: 'full', withTime: true, thaiDigits: true })).toBe(
      '๑๕ มกราคม ๒๕๖๘ เวลา ๑๔:๐๕ น.',
    );
  });

  it('uses the Bangkok date across UTC midnight', () => {
    const d = new Date('2025-09-30T18:00:00Z');
    expect(formatThaiDate(d, { style: 'full' })).toBe('1 ตุลาคม 2568');
    expect(formatThaiDate(d, { style: 'short' })).toBe('1 ต.ค. 68');
    expect(formatThaiDate(d, { style: 'numeric' })).toBe('01/10/2568');
  });

  it('covers every month name and abbreviation', () => {
    const full = Array.from(
      { length: 12 },
      (_, m) => formatThaiDate(new Date(Date.UTC(2026, m, 1, 5)), { style: 'full' }).split(' ')[1],
    );
    expect(full).toEqual([
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
    ]);
    const short = Array.from(
      { length: 12 },
      (_, m) => formatThaiDate(new Date(Date.UTC(2026, m, 1, 5)), { style: 'short' }).split(' ')[1],
    );
    expect(short.join(' ')).toBe('ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.');
  });
});

describe('formatFiscalYear / formatQuarter', () => {
  it('formats fiscal years', () => {
    expect(formatFiscalYear(2570)).toBe('ปีงบประมาณ พ.ศ. 2570');
    expect(formatFiscalYear(2570, { thaiDigits: true })).toBe('ปีงบประมาณ พ.ศ. ๒๕๗๐');
  });

  it('formats quarters with their month ranges', () => {
    expect(formatQuarter(1)).toBe('ไตรมาสที่ 1 (ต.ค.–ธ.ค.)');
    expect(formatQuarter(2)).toBe('ไตรมาสที่ 2 (ม.ค.–มี.ค.)');
    expect(formatQuarter(3)).toBe('ไตรมาสที่ 3 (เม.ย.–มิ.ย.)');
    expect(formatQuarter(4, { thaiDigits: true })).toBe('ไตรมาสที่ ๔ (ก.ค.–ก.ย.)');
  });

  it('rejects invalid quarters', () => {
    expect(() => formatQuarter(0)).toThrow(RangeError);
    expect(() => formatQuarter(5)).toThrow(RangeError);
    expect(() => formatQuarter(1.5)).toThrow(RangeError);
  });
});

describe('formatEnglishDate', () => {
  it('shows CE with BE in brackets', () => {
    expect(formatEnglishDate(jan15)).toBe('15 Jan 2025 (BE 2568)');
  });
});

describe('parseBeDate', () => {
  it('parses to Bangkok midnight', () => {
    expect(parseBeDate('15/01/2568')?.toISOString()).toBe('2025-01-14T17:00:00.000Z');
    expect(parseBeDate(' 1/10/2568 ')?.toISOString()).toBe('2025-09-30T17:00:00.000Z');
  });

  it('accepts Thai digits', () => {
    expect(parseBeDate('๑๕/๐๑/๒๕๖๘')?.toISOString()).toBe('2025-01-14T17:00:00.000Z');
  });

  it('handles leap days in BE years', () => {
    expect(parseBeDate('29/02/2567')?.toISOString()).toBe('2024-02-28T17:00:00.000Z');
    expect(parseBeDate('29/02/2568')).toBeNull();
  });

  it.each(['31/02/2568', '0/01/2568', '15/13/2568', '15/01/68', '15-01-2568', '', 'abc', '15/01/2568x'])(
    'rejects %j',
    (s) => {
      expect(parseBeDate(s)).toBeNull();
    },
  );

  it('round-trips with formatThaiDate numeric', () => {
    const d = parseBeDate('30/09/2569');
    expect(d).not.toBeNull();
    if (d !== null) {
      expect(formatThaiDate(d, { style: 'numeric' })).toBe('30/09/2569');
    }
  });
});

describe('digit re-exports', () => {
  it('are available from be-date', () => {
    expect(fromThaiDigits(toThaiDigits('2568'))).toBe('2568');
  });
});
