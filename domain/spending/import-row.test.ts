import { describe, expect, it } from 'vitest';
import { extractKeyOf, parseExtractRow } from './import-row.js';

const good = {
  fiscal_year: '2569',
  fiscal_month: '3',
  gfmis_code: '7004123',
  committed: '1,250.50',
  disbursed: '๑๐๐',
};

describe('extract rows', () => {
  it('reads Thai and English headings', () => {
    expect(extractKeyOf(' เบิกจ่าย ')).toBe('disbursed');
    expect(extractKeyOf('Fiscal_Year')).toBe('fiscal_year');
    expect(extractKeyOf('หมายเหตุ')).toBeNull();
  });
  it('parses baht to satang, Thai digits included, and defaults funds to the year’s budget', () => {
    expect(parseExtractRow(good)).toEqual({
      row: {
        fiscalYear: 2569,
        fiscalMonth: 3,
        gfmisCode: '7004123',
        projectCode: null,
        committedSatang: 125050n,
        disbursedSatang: 10000n,
        funds: 'budget',
      },
      problems: [],
    });
    expect(parseExtractRow({ ...good, funds: 'เหลื่อมปี' }).row?.funds).toBe('carry_over');
  });
  it('names every bad field', () => {
    const { row, problems } = parseExtractRow({
      fiscal_year: '69',
      fiscal_month: '13',
      committed: '-5',
      disbursed: 'abc',
      funds: 'x',
    });
    expect(row).toBeNull();
    expect(problems.map((problem) => problem.field)).toEqual([
      'fiscal_year',
      'fiscal_month',
      'project_code',
      'committed',
      'disbursed',
      'funds',
    ]);
  });
});
