import { describe, expect, it } from 'vitest';
import { bahtToBudgets, budgetsSignature, budgetsToBaht, satangOf } from './budgetGrid.js';

describe('budget grid ↔ API satang', () => {
  it('shows stored satang as baht text per fiscal year', () => {
    expect(budgetsToBaht([{ fiscalYear: 2569, amountSatang: '1250000050' }])).toEqual({
      2569: '12500000.50',
    });
  });

  it('sends typed baht as whole satang strings, empty years left out, in year order', () => {
    expect(bahtToBudgets({ 2570: '10,000,000', 2569: '12500000.5', 2571: '', 2572: null })).toEqual([
      { fiscalYear: 2569, amountSatang: '1250000050' },
      { fiscalYear: 2570, amountSatang: '1000000000' },
    ]);
  });

  it('reads Thai digits and rejects text that is not an amount', () => {
    expect(satangOf('๑,๒๕๐.๒๕')).toBe(125025n);
    expect(satangOf('abc')).toBeNull();
    expect(satangOf('  ')).toBeNull();
  });

  it('compares lists regardless of order and leading zeros', () => {
    expect(
      budgetsSignature([
        { fiscalYear: 2570, amountSatang: '0100' },
        { fiscalYear: 2569, amountSatang: '5' },
      ]),
    ).toBe(
      budgetsSignature([
        { fiscalYear: 2569, amountSatang: '5' },
        { fiscalYear: 2570, amountSatang: '100' },
      ]),
    );
  });
});
