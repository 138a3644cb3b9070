import { describe, expect, it } from 'vitest';
import { bePeriodText, beYearText, fiscalYearText } from './be-year.js';

describe('one way to write years', () => {
  it('writes a fiscal year with พ.ศ. in Thai and as the CE fiscal year with (BE n) in English', () => {
    expect(fiscalYearText(2569, 'th')).toBe('ปีงบประมาณ พ.ศ. 2569');
    expect(fiscalYearText(2569, 'en')).toBe('FY 2026 (BE 2569)');
  });

  it('writes calendar years and periods the same way', () => {
    expect(beYearText(2565, 'th')).toBe('พ.ศ. 2565');
    expect(beYearText(2565, 'en')).toBe('2022 (BE 2565)');
    expect(bePeriodText(2566, 2570, 'th')).toBe('พ.ศ. 2566–2570');
    expect(bePeriodText(2566, 2570, 'en')).toBe('2023–2027 (BE 2566–2570)');
  });
});
