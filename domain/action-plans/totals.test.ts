import { describe, expect, it } from 'vitest';
import { actionPlanTotals } from './totals.js';

const entry = (entryClass: 'within' | 'above' | 'administration' | 'noted', amountSatang: bigint) => ({
  entryClass,
  amountSatang,
});

describe('action plan totals against the ceiling', () => {
  it('counts within-ceiling and administration money against the ceiling, not the reserve or noted lists', () => {
    const totals = actionPlanTotals(
      [
        entry('within', 600n),
        entry('within', 300n),
        entry('administration', 50n),
        entry('above', 999n),
        entry('noted', 5_000n),
      ],
      1_000n,
    );
    expect(totals.againstCeilingSatang).toBe(950n);
    expect(totals.remainingSatang).toBe(50n);
    expect(totals.overCeiling).toBe(false);
    expect(totals.byClass.within).toEqual({ count: 2, amountSatang: 900n });
    expect(totals.byClass.above).toEqual({ count: 1, amountSatang: 999n });
    expect(totals.byClass.noted).toEqual({ count: 1, amountSatang: 5_000n });
  });

  it('is exactly at the ceiling without being over it', () => {
    const totals = actionPlanTotals([entry('within', 1_000n)], 1_000n);
    expect(totals).toMatchObject({ remainingSatang: 0n, overCeiling: false });
  });

  it('flags one satang over the ceiling', () => {
    const totals = actionPlanTotals([entry('within', 999n), entry('administration', 2n)], 1_000n);
    expect(totals).toMatchObject({ remainingSatang: -1n, overCeiling: true });
  });

  it('never flags a plan whose ceiling is not set, and reports no remainder', () => {
    const totals = actionPlanTotals([entry('within', 10n ** 15n)], null);
    expect(totals).toMatchObject({ ceilingSatang: null, remainingSatang: null, overCeiling: false });
  });

  it('gives zero counts for an empty plan', () => {
    const totals = actionPlanTotals([], 0n);
    expect(totals.byClass.administration).toEqual({ count: 0, amountSatang: 0n });
    expect(totals.overCeiling).toBe(false);
  });

  it('keeps satang exact beyond Number precision', () => {
    const big = 9_007_199_254_740_993n;
    const totals = actionPlanTotals([entry('within', big), entry('within', 1n)], big);
    expect(totals.remainingSatang).toBe(-1n);
  });
});
