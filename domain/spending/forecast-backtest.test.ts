import { describe, expect, it } from 'vitest';
import { backTestForecast, procurementAsOf, type ClosedYear } from './forecast-backtest.js';

const none = {
  torDate: null,
  announcedDate: null,
  biddingDate: null,
  contractSignedDate: null,
  inspectedDate: null,
  paidDate: null,
  contractValueSatang: null,
};
const flat = (amount: bigint) => Array.from({ length: 12 }, () => amount);
const paidInFull: ClosedYear = {
  allocationSatang: 1200n,
  planMonthly: flat(100n),
  disbursedMonthly: flat(100n),
  procurement: { ...none, torDate: '2024-10-01', paidDate: '2024-10-02' },
};

describe('forecast back-test', () => {
  it('has no error for a project that kept its plan and was paid from the start', () => {
    const result = backTestForecast(2568, [paidInFull]);
    expect(result.projects).toBe(1);
    expect(result.months).toHaveLength(11);
    expect(result.months.every((month) => month.mapePct === 0)).toBe(true);
    expect(result.meanMapePct).toBe(0);
  });

  it('measures the error against what was paid by September, month by month', () => {
    // Planned evenly, paid only half each month: at month 6 the forecast is 300 paid + 600 ahead ×
    // 0.5 (the pace) × 0.5 (procurement not started) = 450 against 600 paid by September → 25 % off.
    const lagging: ClosedYear = { ...paidInFull, disbursedMonthly: flat(50n), procurement: none };
    const result = backTestForecast(2568, [lagging]);
    expect(result.months[5]).toEqual({ fiscalMonth: 6, mapePct: 25 });
    expect(backTestForecast(2568, [lagging, paidInFull]).months[5]?.mapePct).toBe(12.5);
  });

  it('leaves out projects that paid nothing and answers null without any', () => {
    const unpaid: ClosedYear = { ...paidInFull, disbursedMonthly: flat(0n) };
    expect(backTestForecast(2568, [unpaid])).toMatchObject({ projects: 0, meanMapePct: null });
  });

  it('replays the procurement as it stood: no contract value before signing', () => {
    const signed = {
      ...none,
      torDate: '2024-10-05',
      contractSignedDate: '2024-12-20',
      contractValueSatang: 900n,
    };
    expect(procurementAsOf(signed, '2024-11-30')).toMatchObject({
      torDate: '2024-10-05',
      contractValueSatang: null,
    });
    expect(procurementAsOf(signed, '2024-12-31')).toMatchObject({ contractValueSatang: 900n });
  });
});
