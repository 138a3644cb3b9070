import { describe, expect, it } from 'vitest';
import { bpText, shareBp } from './ratios.js';

describe('shares in basis points', () => {
  it.each([
    [1, 3, 3333],
    [2, 3, 6666],
    [3, 3, 10000],
    [5, 4, 12500],
    [0, 7, 0],
    [2n ** 62n, 2n ** 63n, 5000],
  ])('%s of %s is %s bp, rounded down', (part, whole, expected) => {
    expect(shareBp(part, whole)).toBe(expected);
  });

  it('has no share of nothing', () => {
    expect(shareBp(5, 0)).toBeNull();
    expect(shareBp(0n, -1n)).toBeNull();
  });

  it.each([
    [3333, '33.33'],
    [5, '0.05'],
    [10000, '100.00'],
    [-150, '-1.50'],
    [null, '—'],
  ])('%s bp reads %s', (bp, text) => {
    expect(bpText(bp)).toBe(text);
  });
});
