import { describe, expect, it } from 'vitest';
import { formatSheetDate, parseSheetDate, parseWholeNumber } from './sheet-values.js';

describe('sheet values', () => {
  it.each([
    ['15/01/2569', '2026-01-15'],
    ['1/10/2568', '2025-10-01'],
    ['๑๕/๐๑/๒๕๖๙', '2026-01-15'],
    ['2026-01-15', '2026-01-15'],
    ['29/02/2567', '2024-02-29'],
  ])('reads the date %s as %s', (text, iso) => {
    expect(parseSheetDate(text)).toBe(iso);
  });

  it.each(['31/02/2569', '2026-02-30', '15-01-2569', 'เมื่อวาน', '15/01/69'])('refuses the date %s', (text) => {
    expect(parseSheetDate(text)).toBeNull();
  });

  it('writes dates back the way it reads them', () => {
    expect(formatSheetDate('2026-01-15')).toBe('15/01/2569');
    expect(parseSheetDate(formatSheetDate('2025-10-01'))).toBe('2025-10-01');
    expect(formatSheetDate(null)).toBe('');
  });

  it('reads whole numbers with Thai digits and thousands separators', () => {
    expect(parseWholeNumber('1,250')).toBe(1250);
    expect(parseWholeNumber('๑๒๐')).toBe(120);
    expect(parseWholeNumber('-3')).toBe(-3);
    expect(parseWholeNumber('12.5')).toBeNull();
    expect(parseWholeNumber('สิบ')).toBeNull();
  });
});
