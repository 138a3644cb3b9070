import { describe, expect, it } from 'vitest';
import { FULL_SHARE_BP, splitByShares } from './locations.js';

type Share = { provinceCode: string; shareBp: number };

const sharesOf = (basisPoints: readonly number[]): Share[] =>
  basisPoints.map((shareBp, index) => ({ provinceCode: String(10 + index), shareBp }));

/** Basis points for `count` provinces, uneven but summing to 10000. */
function unevenShares(count: number): number[] {
  const weights = Array.from({ length: count }, (_, index) => 1 + ((index * 37) % 11));
  const sum = weights.reduce((a, b) => a + b, 0);
  const points = weights.map((weight) => Math.floor((weight * FULL_SHARE_BP) / sum));
  points[0] = (points[0] ?? 0) + FULL_SHARE_BP - points.reduce((a, b) => a + b, 0);
  return points;
}

const SHARE_SETS: number[][] = [
  [10000],
  [5000, 5000],
  [3333, 3333, 3334],
  [1, 9999],
  [1, 1, 9998],
  [2500, 2500, 2500, 2500],
  [1429, 1429, 1428, 1428, 1429, 1428, 1429],
  unevenShares(4),
  unevenShares(9),
  unevenShares(77),
];
const TOTALS = [
  0n,
  1n,
  2n,
  3n,
  7n,
  99n,
  100n,
  101n,
  9_999n,
  10_001n,
  123_456_789n,
  999_999_999_999_999n,
  9_007_199_254_740_993n,
  922_337_203_685_477n,
];

describe('splitByShares (largest remainder)', () => {
  for (const points of SHARE_SETS) {
    for (const total of TOTALS) {
      it(`splits ${total} satang over ${points.length} province(s) exactly`, () => {
        const shares = sharesOf(points);
        const split = splitByShares(total, shares);
        expect([...split.values()].reduce((a, b) => a + b, 0n)).toBe(total);
        expect(split.size).toBe(shares.length);
        const exact = shares.map((share) => ({
          code: share.provinceCode,
          floor: (total * BigInt(share.shareBp)) / 10000n,
          remainder: (total * BigInt(share.shareBp)) % 10000n,
        }));
        for (const part of exact) {
          const got = split.get(part.code) ?? -1n;
          expect(got === part.floor || got === part.floor + 1n).toBe(true);
        }
        // Whoever got an extra satang had a remainder no smaller than anyone who did not.
        const raised = exact.filter((part) => split.get(part.code) === part.floor + 1n);
        const kept = exact.filter((part) => split.get(part.code) === part.floor);
        for (const up of raised) {
          for (const down of kept) {
            expect(
              up.remainder > down.remainder || (up.remainder === down.remainder && up.code < down.code),
            ).toBe(true);
          }
        }
        // The order the shares are listed in does not matter.
        expect(new Map([...splitByShares(total, [...shares].reverse())].sort())).toEqual(
          new Map([...split].sort()),
        );
      });
    }
  }

  it('gives equal remainders to the lower province code first, whatever the order', () => {
    const pair = [
      { provinceCode: '31', shareBp: 5000 },
      { provinceCode: '30', shareBp: 5000 },
    ];
    expect(splitByShares(1n, pair)).toEqual(
      new Map([
        ['31', 0n],
        ['30', 1n],
      ]),
    );
    expect(splitByShares(3n, sharesOf([3333, 3333, 3334]))).toEqual(
      new Map([
        ['10', 1n],
        ['11', 1n],
        ['12', 1n],
      ]),
    );
    expect(splitByShares(2n, sharesOf([3333, 3333, 3334]))).toEqual(
      new Map([
        ['10', 1n],
        ['11', 0n],
        ['12', 1n],
      ]),
    );
  });

  it('never floors the satang away: 100 satang over three thirds is 33 + 33 + 34', () => {
    expect([...splitByShares(100n, sharesOf([3333, 3333, 3334])).values()]).toEqual([33n, 33n, 34n]);
  });
});
