import { describe, expect, it } from 'vitest';
import { bahtText, fiscalMonthText } from './format.js';

describe('portal formats', () => {
  it('names fiscal months with their calendar year, October first', () => {
    expect(fiscalMonthText(2569, 1, 'th')).toBe('ต.ค. 2568');
    expect(fiscalMonthText(2569, 3, 'th')).toBe('ธ.ค. 2568');
    expect(fiscalMonthText(2569, 4, 'th')).toBe('ม.ค. 2569');
    expect(fiscalMonthText(2569, 12, 'en')).toBe('Sep 2026');
    expect(fiscalMonthText(2569, 1, 'en')).toBe('Oct 2025');
  });

  it('writes whole baht with separators in either language', () => {
    expect(bahtText('250000050', 'th')).toBe('2,500,000 บาท');
    expect(bahtText('0', 'en')).toBe('0 baht');
  });
});
