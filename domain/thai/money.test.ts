import { describe, it, expect } from 'vitest';
import { bahtToSatang, formatBaht, formatMillionBaht, satangToBahtString } from './money.js';

describe('bahtToSatang', () => {
  it.each([
    ['1,250,000.50', 125_000_050n],
    ['21.25', 2125n],
    ['1.005', 101n],
    ['1.004', 100n],
    ['1.0049999', 100n],
    ['0.995', 100n],
    ['0', 0n],
    ['.5', 50n],
    ['100', 10_000n],
    ['  42.1 ', 4210n],
    ['+7.00', 700n],
    ['-1.005', -101n],
    ['-1,000.25', -100_025n],
    ['๑,๒๕๐.๕๐', 125_050n],
    ['123456789012345678.99', 12_345_678_901_234_567_899n],
  ])('%j → %s', (input, expected) => {
    expect(bahtToSatang(input)).toBe(expected);
  });

  it.each([
    [1.005, 101n],
    [0.1 + 0.2, 30n],
    [21.25, 2125n],
    [-2.675, -268n],
    [1e21, 100_000_000_000_000_000_000_000n],
    [1e-7, 0n],
    [5e-3, 1n],
    [0, 0n],
  ])('number %d → %s', (input, expected) => {
    expect(bahtToSatang(input)).toBe(expected);
  });

  it.each([
    '',
    ' ',
    'NaN',
    'Infinity',
    'abc',
    '1.2.3',
    '1,25,000',
    '12,34',
    '1,000,00',
    '5.',
    '--1',
    '1e5',
    '฿100',
    '10 บาท',
    '0x10',
  ])('rejects %j', (input) => {
    expect(() => bahtToSatang(input)).toThrow(RangeError);
  });

  it('rejects non-finite numbers', () => {
    expect(() => bahtToSatang(Number.NaN)).toThrow(RangeError);
    expect(() => bahtToSatang(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => bahtToSatang(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('satangToBahtString', () => {
  it.each([
    [125_000_050n, '1250000.50'],
    [0n, '0.00'],
    [5n, '0.05'],
    [-5n, '-0.05'],
    [-100_025n, '-1000.25'],
  ])('%s → %s', (input, expected) => {
    expect(satangToBahtString(input)).toBe(expected);
  });

  it('round-trips through bahtToSatang', () => {
    for (const s of [0n, 1n, 99n, 100n, -12_345n, 125_000_050n]) {
      expect(bahtToSatang(satangToBahtString(s))).toBe(s);
    }
  });
});

describe('formatBaht', () => {
  it('groups thousands', () => {
    expect(formatBaht(125_000_050n)).toBe('1,250,000.50');
    expect(formatBaht(99_999n)).toBe('999.99');
    expect(formatBaht(100_000n)).toBe('1,000.00');
  });

  it('adds the unit and Thai digits', () => {
    expect(formatBaht(125_000_050n, { withUnit: true })).toBe('1,250,000.50 บาท');
    expect(formatBaht(125_000_050n, { withUnit: true, thaiDigits: true })).toBe('๑,๒๕๐,๐๐๐.๕๐ บาท');
  });

  it('supports negatives', () => {
    expect(formatBaht(-125_000_050n)).toBe('-1,250,000.50');
  });
});

describe('formatMillionBaht', () => {
  it('defaults to 4 decimals with the unit', () => {
    expect(formatMillionBaht(125_000_050n)).toBe('1.2500 ล้านบาท');
    expect(formatMillionBaht(0n)).toBe('0.0000 ล้านบาท');
  });

  it('rounds half-up with bigint math', () => {
    // 1,234,550 baht = 1.23455 million → 1.2346
    expect(formatMillionBaht(123_455_000n)).toBe('1.2346 ล้านบาท');
    expect(formatMillionBaht(123_454_999n)).toBe('1.2345 ล้านบาท');
    expect(formatMillionBaht(150_000_000n, { decimals: 0 })).toBe('2 ล้านบาท');
    expect(formatMillionBaht(149_999_999n, { decimals: 0 })).toBe('1 ล้านบาท');
    expect(formatMillionBaht(125_000_050n, { decimals: 2 })).toBe('1.25 ล้านบาท');
  });

  it('groups large values and supports negatives and Thai digits', () => {
    expect(formatMillionBaht(123_456_789_000_000n, { decimals: 2 })).toBe('1,234,567.89 ล้านบาท');
    expect(formatMillionBaht(-125_000_050n)).toBe('-1.2500 ล้านบาท');
    expect(formatMillionBaht(-1n)).toBe('0.0000 ล้านบาท');
    expect(formatMillionBaht(250_000_000n, { thaiDigits: true })).toBe('๒.๕๐๐๐ ล้านบาท');
  });

  it('rejects bad decimals', () => {
    expect(() => formatMillionBaht(1n, { decimals: -1 })).toThrow(RangeError);
    expect(() => formatMillionBaht(1n, { decimals: 1.5 })).toThrow(RangeError);
  });
});
