import { describe, expect, it } from 'vitest';
import { summariseStages, type SummaryCell } from './summary.js';

const TYPES: Record<string, { th: string; en: string }> = {
  investment: { th: 'งบลงทุน', en: 'Investment' },
  operating: { th: 'งบดำเนินงาน', en: 'Operating' },
};
const total = { th: 'รวม', en: 'Total' };

describe('stage summary', () => {
  it('pivots cells per group and stage, sums a total and orders by requested amount', () => {
    const cells: SummaryCell[] = [
      { key: 'operating', stage: 'request', projects: 3, amountSatang: 450_000_000n, cutSatang: 0n },
      { key: 'investment', stage: 'request', projects: 2, amountSatang: 2_500_000_000n, cutSatang: 0n },
      {
        key: 'investment',
        stage: 'bureau_scrutiny',
        projects: 2,
        amountSatang: 2_380_000_000n,
        cutSatang: 120_000_000n,
      },
      { key: 'investment', stage: 'enacted', projects: 1, amountSatang: 1_180_000_000n, cutSatang: 1n },
      { key: 'operating', stage: 'bureau_scrutiny', projects: 3, amountSatang: 450_000_000n, cutSatang: 0n },
    ];
    const summary = summariseStages(cells, (key) => TYPES[key] ?? { th: key, en: key }, total);
    expect(summary.rows.map((row) => row.key)).toEqual(['investment', 'operating']);
    expect(summary.rows[0]).toMatchObject({
      label: { th: 'งบลงทุน' },
      projects: { request: 2, bureau_scrutiny: 2, draft_bill: 0, enacted: 1 },
      amountSatang: {
        request: '2500000000',
        bureau_scrutiny: '2380000000',
        draft_bill: '0',
        enacted: '1180000000',
      },
      cutSatang: { bureau_scrutiny: '120000000', enacted: '1' },
    });
    expect(summary.total).toMatchObject({
      key: 'total',
      projects: { request: 5, bureau_scrutiny: 5 },
      amountSatang: { request: '2950000000', bureau_scrutiny: '2830000000', enacted: '1180000000' },
      cutSatang: { bureau_scrutiny: '120000000' },
    });
  });

  it('answers an empty summary with a zero total', () => {
    const summary = summariseStages([], () => total, total);
    expect(summary.rows).toEqual([]);
    expect(summary.total.amountSatang.enacted).toBe('0');
  });

  it('breaks ties on the requested amount by key so the order is stable', () => {
    const cells: SummaryCell[] = ['50', '30'].map((key) => ({
      key,
      stage: 'request',
      projects: 1,
      amountSatang: 100n,
      cutSatang: 0n,
    }));
    expect(summariseStages(cells, () => total, total).rows.map((row) => row.key)).toEqual(['30', '50']);
  });
});
