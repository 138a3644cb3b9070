import { describe, expect, it } from 'vitest';
import { formatNeedReference, parseNeedReference } from './reference-number.js';

describe('need reference numbers', () => {
  it.each([
    ['30', 2570, 42, 'N30-2570-00042'],
    ['30', 2570, 1, 'N30-2570-00001'],
    ['50', 2569, 99_999, 'N50-2569-99999'],
    ['10', 2571, 123_456, 'N10-2571-123456'],
  ])('formats province %s, FY %i, no. %i as %s', (province, year, running, expected) => {
    expect(formatNeedReference(province, year, running)).toBe(expected);
    expect(parseNeedReference(expected)).toEqual({
      provinceCode: province,
      fiscalYear: year,
      runningNo: running,
    });
  });

  it('refuses parts that cannot make a reference', () => {
    expect(() => formatNeedReference('3', 2570, 1)).toThrow(RangeError);
    expect(() => formatNeedReference('300', 2570, 1)).toThrow(RangeError);
    expect(() => formatNeedReference('30', 257, 1)).toThrow(RangeError);
    expect(() => formatNeedReference('30', 2570, 0)).toThrow(RangeError);
    expect(() => formatNeedReference('30', 2570, 1.5)).toThrow(RangeError);
  });

  it('reads references typed loosely and rejects other text', () => {
    expect(parseNeedReference(' n30-2570-00042 ')).toEqual({
      provinceCode: '30',
      fiscalYear: 2570,
      runningNo: 42,
    });
    expect(parseNeedReference('N30-2570-42')).toBeNull();
    expect(parseNeedReference('N30-2570-00000')).toBeNull();
    expect(parseNeedReference('30-2570-00042')).toBeNull();
    expect(parseNeedReference('N3-2570-00042')).toBeNull();
    expect(parseNeedReference('')).toBeNull();
  });

  it('sorts by running number within a province and year as text', () => {
    const references = [3, 12, 100, 7].map((n) => formatNeedReference('30', 2570, n));
    expect([...references].sort()).toEqual([
      'N30-2570-00003',
      'N30-2570-00007',
      'N30-2570-00012',
      'N30-2570-00100',
    ]);
  });
});
