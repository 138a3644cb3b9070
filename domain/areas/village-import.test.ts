import { describe, expect, it } from 'vitest';
import { validateVillageRows, type VillageRow } from './village-import.js';

const context = {
  subdistricts: new Set(['300101', '500101']),
  canCapture: (code: string) => code.startsWith('30'),
};
const row = (rowNumber: number, code: string, nameTh = 'บ้านทดสอบ'): VillageRow => ({
  rowNumber,
  code,
  nameTh,
  nameEn: '',
});

describe('village import rows', () => {
  it('accepts a well-formed row in scope', () => {
    expect(validateVillageRows([row(2, '30010101')], context)[0]?.problems).toEqual([]);
  });

  it('reports each problem of each row', () => {
    const verdicts = validateVillageRows(
      [
        row(2, '3001010'),
        row(3, '30019901'),
        row(4, '50010101'),
        row(5, '30010100'),
        row(6, '30010101', ' '),
      ],
      context,
    );
    expect(verdicts.map((verdict) => verdict.problems.map((problem) => problem.en))).toEqual([
      ['Village code must be 8 digits'],
      ['No subdistrict with code 300199'],
      ['This area is outside your capture scope'],
      ['Village number cannot be 00'],
      ['Thai name is required'],
    ]);
  });

  it('finds duplicates across chunks of the same file', () => {
    const seen = new Map<string, number>();
    validateVillageRows([row(2, '30010101')], context, seen);
    const second = validateVillageRows([row(900, '30010101')], context, seen);
    expect(second[0]?.problems[0]).toMatchObject({ th: 'รหัสซ้ำกับแถวที่ 2', en: 'Same code as row 2' });
  });
});
