import { describe, expect, it } from 'vitest';
import { areaAmounts, UNSPLIT_AREA_KEY } from './pack-split.js';

const sum = (parts: { amount: bigint }[]) => parts.reduce((total, part) => total + part.amount, 0n);

describe('areaAmounts', () => {
  it('puts a one-province project whole in its province, even listed twice', () => {
    expect(
      areaAmounts(500n, [
        { key: '30', basisPoints: null },
        { key: '30', basisPoints: null },
      ]),
    ).toEqual([{ key: '30', amount: 500n }]);
  });

  it('splits 100.00 baht in thirds without losing a satang, the odd satang to the largest remainder', () => {
    expect(
      areaAmounts(10_000n, [
        { key: '30', basisPoints: 3334 },
        { key: '31', basisPoints: 3333 },
        { key: '32', basisPoints: 3333 },
      ]),
    ).toEqual([
      { key: '30', amount: 3334n },
      { key: '31', amount: 3333n },
      { key: '32', amount: 3333n },
    ]);
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

  it('gives a satang that splits evenly to the earlier share', () => {
    expect(
      areaAmounts(1n, [
        { key: '30', basisPoints: 5000 },
        { key: '31', basisPoints: 5000 },
      ]),
    ).toEqual([
      { key: '30', amount: 1n },
      { key: '31', amount: 0n },
    ]);
  });

  it('adds back to the amount for awkward shares and amounts', () => {
    const shares = [
      { key: '30', basisPoints: 1 },
      { key: '31', basisPoints: 3333 },
      { key: '32', basisPoints: 6666 },
    ];
    for (const amount of [0n, 1n, 2n, 99n, 12_345_678_901n, 98_995_432_150n]) {
      expect(sum(areaAmounts(amount, shares))).toBe(amount);
    }
  });

  it('never guesses an even split: several provinces without shares, or none, go to one row', () => {
    const many = [
      { key: '30', basisPoints: null },
      { key: '31', basisPoints: null },
    ];
    expect(areaAmounts(700n, many)).toEqual([{ key: UNSPLIT_AREA_KEY, amount: 700n }]);
    expect(areaAmounts(700n, [])).toEqual([{ key: UNSPLIT_AREA_KEY, amount: 700n }]);
  });

  it('refuses a partial split, shares that do not make 100 %, and fractions of a basis point', () => {
    const bad = [
      [
        { key: '30', basisPoints: 6000 },
        { key: '31', basisPoints: null },
      ],
      [
        { key: '30', basisPoints: 6000 },
        { key: '31', basisPoints: 3999 },
      ],
      [
        { key: '30', basisPoints: 5000.5 },
        { key: '31', basisPoints: 4999.5 },
      ],
    ];
    for (const shares of bad) {
      expect(() => areaAmounts(700n, shares)).toThrow(RangeError);
    }
  });
});
