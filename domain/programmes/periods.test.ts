import { describe, expect, it } from 'vitest';
import { overduePeriods, reportingPeriods } from './periods.js';

describe('reportingPeriods', () => {
  it('cuts monthly periods from a mid-month start to the end day, each due after it ends', () => {
    const periods = reportingPeriods('2024-01-15', '2024-04-10', 'monthly', 15);
    expect(periods).toEqual([
      { index: 1, start: '2024-01-15', end: '2024-01-31', due: '2024-02-15' },
      { index: 2, start: '2024-02-01', end: '2024-02-29', due: '2024-03-15' },
      { index: 3, start: '2024-03-01', end: '2024-03-31', due: '2024-04-15' },
      { index: 4, start: '2024-04-01', end: '2024-04-10', due: '2024-04-25' },
    ]);
  });

  it('cuts three-month blocks across a year end', () => {
    const periods = reportingPeriods('2023-10-01', '2024-09-30', 'quarterly', 10);
    expect(periods.map((period) => [period.start, period.end, period.due])).toEqual([
      ['2023-10-01', '2023-12-31', '2024-01-10'],
      ['2024-01-01', '2024-03-31', '2024-04-10'],
      ['2024-04-01', '2024-06-30', '2024-07-10'],
      ['2024-07-01', '2024-09-30', '2024-10-10'],
    ]);
  });

  it('gives one period for a one-day programme and none when the end is before the start', () => {
    expect(reportingPeriods('2024-07-28', '2024-07-28', 'monthly', 0)).toEqual([
      { index: 1, start: '2024-07-28', end: '2024-07-28', due: '2024-07-28' },
    ]);
    expect(reportingPeriods('2024-07-28', '2024-07-01', 'monthly', 0)).toEqual([]);
  });

  it('stops at ten years of months', () => {
    expect(reportingPeriods('2000-01-01', '2030-12-31', 'monthly', 0)).toHaveLength(120);
  });
});

describe('overduePeriods', () => {
  const periods = reportingPeriods('2024-01-01', '2024-06-30', 'monthly', 15);

  it('lists only missing reports whose due day has passed', () => {
    const overdue = overduePeriods(periods, new Set([1, 3]), '2024-05-16');
    expect(overdue.map((period) => period.index)).toEqual([2, 4]);
  });

  it('does not count the due day itself as late', () => {
    expect(overduePeriods(periods, new Set(), '2024-02-15')).toEqual([]);
    expect(overduePeriods(periods, new Set(), '2024-02-16').map((period) => period.index)).toEqual([1]);
  });

  it('finds nothing late when every period is reported', () => {
    expect(overduePeriods(periods, new Set([1, 2, 3, 4, 5, 6]), '2030-01-01')).toEqual([]);
  });
});
