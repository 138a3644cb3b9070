import { describe, expect, it } from 'vitest';
import {
  cumulative,
  defaultMonthlyPlan,
  percentOf,
  splitByLargestRemainder,
  targetMonthlyWeights,
} from './plan-curve.js';
import { FY2569_TARGETS } from './targets-fy2569.js';

const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);

describe('splitByLargestRemainder', () => {
  it('gives the leftover satang to the largest remainders, earlier first on a tie', () => {
    expect(splitByLargestRemainder(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(splitByLargestRemainder(100n, [1n, 2n])).toEqual([33n, 67n]);
    expect(splitByLargestRemainder(5n, [0n, 1n, 1n])).toEqual([0n, 3n, 2n]);
  });
  it('always sums to the amount exactly', () => {
    for (const amount of [0n, 1n, 7n, 99_999_999_999n, 123_456_789_012_345n]) {
      for (const weights of [
        [1n],
        [3n, 7n, 11n],
        [1n, 0n, 0n, 5n],
        Array.from({ length: 12 }, (_, i) => BigInt(i + 1)),
      ]) {
        expect(sum(splitByLargestRemainder(amount, weights))).toBe(amount);
      }
    }
  });
  it('refuses negative amounts, negative weights and all-zero weights', () => {
    expect(() => splitByLargestRemainder(-1n, [1n])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1n, [1n, -1n])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1n, [0n, 0n])).toThrow(RangeError);
  });
});

describe('default monthly plan', () => {
  it('follows the FY2569 overall target: a third of the year planned by December, all by September', () => {
    const plan = defaultMonthlyPlan(1_000_000_00n, FY2569_TARGETS, 'overall');
    const running = cumulative(plan);
    expect(plan).toHaveLength(12);
    expect(sum(plan)).toBe(1_000_000_00n);
    // 33 / 93 of the year by the end of Q1.
    expect(percentOf(running[2] ?? 0n, 1_000_000_00n)).toBeCloseTo((33 / 93) * 100, 1);
    expect(running[11]).toBe(1_000_000_00n);
  });
  it('plans capital money along the slower capital curve', () => {
    const capital = cumulative(defaultMonthlyPlan(7_500_000n, FY2569_TARGETS, 'capital'));
    const current = cumulative(defaultMonthlyPlan(7_500_000n, FY2569_TARGETS, 'current'));
    expect(capital[2] ?? 0n).toBeLessThan(current[2] ?? 0n);
  });
  it('sums exactly for awkward amounts', () => {
    for (const amount of [1n, 11n, 1_234_567n, 999_999_999_99n]) {
      expect(sum(defaultMonthlyPlan(amount, FY2569_TARGETS, 'capital'))).toBe(amount);
    }
  });
  it('spreads evenly when the year has no targets', () => {
    expect(targetMonthlyWeights([], 'overall')).toEqual(Array.from({ length: 12 }, () => 1n));
    expect(defaultMonthlyPlan(1200n, [], 'overall')).toEqual(Array.from({ length: 12 }, () => 100n));
  });
  it('weights are the monthly steps of the target in hundredths of a percent', () => {
    const weights = targetMonthlyWeights(FY2569_TARGETS, 'overall');
    expect(weights[0]).toBe(1100n);
    expect(sum(weights)).toBe(9300n);
  });
});

describe('percentOf', () => {
  it('rounds half up to two decimals and is 0 of nothing', () => {
    expect(percentOf(1n, 3n)).toBe(33.33);
    expect(percentOf(2n, 3n)).toBe(66.67);
    expect(percentOf(5n, 0n)).toBe(0);
    expect(percentOf(10n, 10n)).toBe(100);
  });
});
