import { describe, expect, it } from 'vitest';
import {
  checkValueRows,
  parseFigure,
  type IndicatorValueRow,
  type ValueImportContext,
} from './value-rows.js';

const context: ValueImportContext = {
  indicators: new Map([
    ['W', { id: 'w-id', aggregation: 'ratio', ratioScale: 100 }],
    ['C', { id: 'c-id', aggregation: 'sum', ratioScale: 100 }],
  ]),
  areaExists: (code) => code.startsWith('30') || code.startsWith('50'),
  canCapture: (code) => code.startsWith('30'),
  years: { min: 2560, max: 2570 },
};
const row = (overrides: Partial<IndicatorValueRow>, rowNumber = 2): IndicatorValueRow => ({
  rowNumber,
  indicatorCode: 'W',
  areaCode: '30010101',
  year: '2568',
  value: '',
  numerator: '9',
  denominator: '10',
  ...overrides,
});
const problemsOf = (rows: IndicatorValueRow[]) =>
  checkValueRows(rows, context).map((verdict) => verdict.problems.map((problem) => problem.field));

describe('parseFigure', () => {
  it('reads numbers as typed in sheets', () => {
    expect(parseFigure(' 1,234.5 ')).toBe(1234.5);
    expect(parseFigure('')).toBeNull();
    expect(parseFigure('-3')).toBe(-3);
    expect(parseFigure('12a')).toBeNaN();
    expect(parseFigure('1e3')).toBeNaN();
  });
});

describe('checkValueRows', () => {
  it('computes a ratio from its parts and keeps the province and level', () => {
    const [verdict] = checkValueRows([row({})], context);
    expect(verdict?.problems).toEqual([]);
    expect(verdict?.value).toEqual({
      indicatorId: 'w-id',
      areaCode: '30010101',
      provinceCode: '30',
      level: 'village',
      year: 2568,
      value: 90,
      numerator: 9,
      denominator: 10,
    });
  });

  it('accepts a ratio value that matches its parts and refuses one that does not', () => {
    expect(problemsOf([row({ value: '90' })])).toEqual([[]]);
    expect(problemsOf([row({ value: '50' })])).toEqual([['value']]);
  });

  it('refuses a ratio given only as a percentage, which could not be aggregated', () => {
    expect(problemsOf([row({ value: '90', numerator: '', denominator: '' })])).toEqual([['numerator']]);
    expect(problemsOf([row({ numerator: '1', denominator: '0' })])).toEqual([['denominator']]);
  });

  it('takes a count as its value', () => {
    const [verdict] = checkValueRows(
      [row({ indicatorCode: 'C', value: '1,200', numerator: '', denominator: '' })],
      context,
    );
    expect(verdict?.value).toMatchObject({ value: 1200, numerator: null, denominator: null });
    expect(problemsOf([row({ indicatorCode: 'C', value: '', numerator: '', denominator: '' })])).toEqual([
      ['value'],
    ]);
  });

  it('reports every problem of a row at once', () => {
    expect(problemsOf([row({ indicatorCode: 'X', areaCode: '99', year: '68' })])).toEqual([
      ['indicator_code', 'area_code', 'year'],
    ]);
    expect(problemsOf([row({ areaCode: '50010101' })])).toEqual([['area_code']]);
    expect(problemsOf([row({ numerator: 'nine' })])).toEqual([['numerator']]);
  });

  it('names the earlier row of the same indicator, area and year, across chunks', () => {
    const seen = new Map<string, number>();
    checkValueRows([row({}, 2)], context, seen);
    const [verdict] = checkValueRows([row({}, 9)], context, seen);
    expect(verdict?.problems[0]?.en).toBe('Same indicator, area and year as row 2');
    expect(problemsOf([row({}, 2), row({ year: '2567' }, 3)])).toEqual([[], []]);
  });
});
