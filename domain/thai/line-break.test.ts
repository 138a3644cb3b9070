import { describe, expect, it } from 'vitest';
import { isThaiUnit, lineBreakUnits } from './line-break.js';

describe('line-break units', () => {
  it('keeps loanwords and compounds the dictionary splits whole', () => {
    expect(lineBreakUnits('ด้านโลจิสติกส์และการท่องเที่ยวเชิงวัฒนธรรม')).toEqual([
      'ด้าน',
      'โลจิสติกส์',
      'และ',
      'การท่องเที่ยว',
      'เชิง',
      'วัฒนธรรม',
    ]);
    expect(lineBreakUnits('ภาคตะวันออกเฉียงเหนือ')).toEqual(['ภาค', 'ตะวันออกเฉียงเหนือ']);
  });

  it('keeps budget words whole that the dictionary splits, also where context misleads it', () => {
    // Intl.Segmenter gives แหล่ง|ท่อง|เที่ยว|เชิง|วัฒน|ธร|รม and งบ|ประมาณ|ราย|จ่าย.
    expect(lineBreakUnits('แหล่งท่องเที่ยวเชิงวัฒนธรรม')).toEqual(['แหล่ง', 'ท่องเที่ยว', 'เชิง', 'วัฒนธรรม']);
    expect(lineBreakUnits('ชี้แจงงบประมาณรายจ่ายตามเป้าหมายและตัวชี้วัด')).toEqual([
      'ชี้แจง',
      'งบประมาณ',
      'รายจ่าย',
      'ตาม',
      'เป้าหมาย',
      'และ',
      'ตัวชี้วัด',
    ]);
  });

  it('keeps each group of an amount in words whole, breaking only after ล้าน and บาท', () => {
    expect(lineBreakUnits('หนึ่งล้านสองแสนห้าหมื่นบาทเจ็ดสิบหกสตางค์')).toEqual([
      'หนึ่งล้าน',
      'สองแสนห้าหมื่นบาท',
      'เจ็ดสิบหกสตางค์',
    ]);
    expect(lineBreakUnits('(สามร้อยบาทถ้วน)')).toEqual(['(', 'สามร้อยบาท', 'ถ้วน', ')']);
  });

  it('gives the text back when joined, spaces and Latin runs untouched', () => {
    for (const text of ['แผนพัฒนาจังหวัด พ.ศ. 2566–2570', 'KPI 3.1 ร้อยละ 80 &amp; อื่นๆ', '', '   ']) {
      expect(lineBreakUnits(text).join('')).toBe(text);
    }
    expect(lineBreakUnits('Logistics hub 2570')).toEqual(['Logistics', ' ', 'hub', ' ', '2570']);
  });

  it('marks Thai pieces, not spaces, digits or punctuation', () => {
    expect(isThaiUnit('การท่องเที่ยว')).toBe(true);
    expect(isThaiUnit(' ')).toBe(false);
    expect(isThaiUnit('2570')).toBe(false);
    expect(isThaiUnit('&amp;')).toBe(false);
  });
});
