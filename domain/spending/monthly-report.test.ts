import { describe, expect, it } from 'vitest';
import { reportCarryOver, reportClassRows, reportMonthName } from './monthly-report.js';
import type { SpendingSummary } from './spending-response.js';

const month = (
  fiscalMonth: number,
  disbursed: string,
  pct: number,
  target: number | null,
  carried = '0',
) => ({
  fiscalMonth,
  plannedCumSatang: '0',
  committedCumSatang: '0',
  disbursedCumSatang: disbursed,
  carryOverDisbursedCumSatang: carried,
  disbursedPct: pct,
  targetPct: target,
});
const summary: SpendingSummary = {
  fiscalYear: 2569,
  level: 'province',
  code: '30',
  classes: [
    {
      budgetClass: 'overall',
      allocationSatang: '1000',
      months: [month(1, '100', 10, 11, '5'), month(2, '250', 25, 22, '9')],
    },
    {
      budgetClass: 'capital',
      allocationSatang: '0',
      months: [month(1, '0', 0, null), month(2, '0', 0, null)],
    },
  ],
};

describe('monthly report figures', () => {
  it('takes each class cumulative to the month, with the gap to the target in points', () => {
    expect(reportClassRows(summary, 2)).toEqual([
      {
        budgetClass: 'overall',
        allocationSatang: 1000n,
        disbursedSatang: 250n,
        disbursedPct: 25,
        targetPct: 22,
        gapPoints: 3,
      },
      {
        budgetClass: 'capital',
        allocationSatang: 0n,
        disbursedSatang: 0n,
        disbursedPct: 0,
        targetPct: null,
        gapPoints: null,
      },
    ]);
    expect(reportClassRows(summary, 1)[0]).toMatchObject({ disbursedSatang: 100n, gapPoints: -1 });
  });

  it('reports nothing before the first reported month and keeps carry-over apart', () => {
    expect(reportClassRows(summary, 0)[0]).toMatchObject({ disbursedSatang: 0n, targetPct: null });
    expect(reportCarryOver(summary, 2)).toBe(9n);
    expect(reportCarryOver(summary, 0)).toBe(0n);
  });

  it('names the calendar month of a fiscal month in the Buddhist era', () => {
    expect(reportMonthName(2569, 1)).toBe('ตุลาคม 2568');
    expect(reportMonthName(2569, 8)).toBe('พฤษภาคม 2569');
  });
});
