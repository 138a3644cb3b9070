import { describe, expect, it } from 'vitest';
import { areaAmounts, splitBySharesSatang, UNSPLIT_AREA_KEY } from './pack-split.js';

const sum = (parts: { amount: bigint }[]) => parts.reduce((total, part) => total + part.amount, 0n);

describe('splitBySharesSatang', () => {
  it('splits 100.00 baht in thirds without losing a satang, the odd satang to the first', () => {
    const parts = splitBySharesSatang(10_000n, [
      { key: 'a', basisPoints: 3334 },
      { key: 'b', basisPoints: 3333 },
      { key: 'c', basisPoints: 3333 },
    ]);
    expect(parts).toEqual([
      { key: 'a', amount: 3334n },
      { key: 'b', amount: 3333n },
      { key: 'c', amount: 3333n },
    ]);
  });

  it('gives the left-over satang to the largest remainders, ties to the earlier share', () => {
    // 1 satang at 50/50: both remainders are equal, the first share gets it.
    expect(
      splitBySharesSatang(1n, [
        { key: 'a', basisPoints: 5000 },
        { key: 'b', basisPoints: 5000 },
      ]),
    ).toEqual([
      { key: 'a', amount: 1n },
      { key: 'b', amount: 0n },
    ]);
    // 10 satang at 12.5/87.5 % = 1.25 and 8.75: the 0.75 remainder wins.
    expect(
      splitBySharesSatang(10n, [
        { key: 'a', basisPoints: 1250 },
        { key: 'b', basisPoints: 8750 },
      ]),
    ).toEqual([
      { key: 'a', amount: 1n },
      { key: 'b', amount: 9n },
    ]);
  });

  it('adds back to the amount for awkward shares and amounts', () => {
    const shares = [
      { key: 'a', basisPoints: 1 },
      { key: 'b', basisPoints: 3333 },
      { key: 'c', basisPoints: 6666 },
    ];
    for (const amount of [0n, 1n, 2n, 99n, 12_345_678_901n, 98_995_432_150n]) {
      expect(sum(splitBySharesSatang(amount, shares))).toBe(amount);
    }
  });

  it('refuses shares that do not make 100 % or are not whole basis points', () => {
    expect(() => splitBySharesSatang(100n, [{ key: 'a', basisPoints: 9999 }])).toThrow(RangeError);
    expect(() =>
      splitBySharesSatang(100n, [
        { key: 'a', basisPoints: 5000.5 },
        { key: 'b', basisPoints: 4999.5 },
      ]),
    ).toThrow(RangeError);
    expect(() =>
      splitBySharesSatang(100n, [
        { key: 'a', basisPoints: -1 },
        { key: 'b', basisPoints: 10_001 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('areaAmounts', () => {
  it('puts a one-province project whole in its province, even listed twice', () => {
    expect(
      areaAmounts(500n, [
        { key: '30', basisPoints: null },
        { key: '30', basisPoints: null },
      ]),
    ).toEqual([{ key: '30', amount: 500n }]);
  });

  it('splits by the recorded shares', () => {
    expect(
      areaAmounts(1_000_001n, [
        { key: '30', basisPoints: 6000 },
        { key: '31', basisPoints: 4000 },
      ]),
    ).toEqual([
      { key: '30', amount: 600_001n },
      { key: '31', amount: 400_000n },
    ]);
  });

  it('never guesses an even split: several provinces without shares, or none, go to one row', () => {
    const many = [
      { key: '30', basisPoints: null },
      { key: '31', basisPoints: null },
    ];
    expect(areaAmounts(700n, many)).toEqual([{ key: UNSPLIT_AREA_KEY, amount: 700n }]);
    expect(areaAmounts(700n, [])).toEqual([{ key: UNSPLIT_AREA_KEY, amount: 700n }]);
  });

  it('refuses a partial split', () => {
    expect(() =>
      areaAmounts(700n, [
        { key: '30', basisPoints: 6000 },
        { key: '31', basisPoints: null },
      ]),
    ).toThrow(RangeError);
  });
});
