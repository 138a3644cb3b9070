import { describe, expect, it } from 'vitest';
import { itemAmounts, sumAmounts } from './budget-totals.js';

const YEARS = [2566, 2567, 2568, 2569, 2570];

describe('budget totals', () => {
  it('reads satang strings per year of the period and leaves other years out', () => {
    const amounts = itemAmounts(
      [
        { fiscalYear: 2566, amountSatang: '125000050' },
        { fiscalYear: 2571, amountSatang: '999' },
      ],
      YEARS,
    );
    expect(amounts).toEqual({ perYear: [125000050n, 0n, 0n, 0n, 0n], total: 125000050n });
  });

  it('sums column by column without floating point', () => {
    const a = { perYear: [10n, 9007199254740993n], total: 9007199254741003n };
    const b = { perYear: [5n, 1n], total: 6n };
    expect(sumAmounts([a, b], [2566, 2567])).toEqual({
      perYear: [15n, 9007199254740994n],
      total: 9007199254741009n,
    });
  });
});
