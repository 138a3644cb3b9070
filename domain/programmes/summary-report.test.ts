import { describe, expect, it } from 'vitest';
import type { Programme } from './responses.js';
import { indicatorTotals, type ProvinceRow } from './summary-report.js';

const programme = {
  components: [
    {
      id: 'c1',
      key: 'canal',
      titleTh: 'คลองสวย',
      titleEn: 'Canals',
      indicators: [
        { id: 'i1', key: 'canals', nameTh: 'คลอง', nameEn: 'Canals', unit: 'สาย', aggregation: 'sum' },
        { id: 'i2', key: 'km', nameTh: 'ความยาว', nameEn: 'Length', unit: 'กม.', aggregation: 'latest' },
      ],
    },
  ],
} as unknown as Programme;

const row = (code: string, indicators: ProvinceRow['indicators']): ProvinceRow => ({
  provinceCode: code,
  provinceName: code,
  score: null,
  rank: null,
  reportedPeriods: 0,
  overduePeriods: [],
  indicators,
});

describe('indicatorTotals', () => {
  it('adds targets and actuals over the provinces, with the percent of the total', () => {
    const totals = indicatorTotals(programme, [
      row('30', [
        { indicatorId: 'i1', target: 10, actual: 5, percent: 50 },
        { indicatorId: 'i2', target: 4, actual: 4, percent: 100 },
      ]),
      row('50', [
        { indicatorId: 'i1', target: 20, actual: 20, percent: 100 },
        { indicatorId: 'i2', target: 8, actual: 2, percent: 25 },
      ]),
    ]);
    expect(totals.map(({ target, actual, percent }) => ({ target, actual, percent }))).toEqual([
      { target: 30, actual: 25, percent: 83.3 },
      { target: 12, actual: 6, percent: 50 },
    ]);
    expect(totals[0]).toMatchObject({ componentTitle: 'คลองสวย', name: 'คลอง', unit: 'สาย' });
  });

  it('leaves out of the percent what provinces without a target did, but counts it in the actual', () => {
    const [canals] = indicatorTotals(programme, [
      row('30', [{ indicatorId: 'i1', target: 10, actual: 5, percent: 50 }]),
      row('50', [{ indicatorId: 'i1', target: null, actual: 7, percent: null }]),
    ]);
    expect(canals).toMatchObject({ target: 10, actual: 12, percent: 50 });
  });

  it('has no target nor percent where no province has a target', () => {
    const [canals] = indicatorTotals(programme, [
      row('30', [{ indicatorId: 'i1', target: null, actual: 3, percent: null }]),
    ]);
    expect(canals).toMatchObject({ target: null, actual: 3, percent: null });
  });
});
