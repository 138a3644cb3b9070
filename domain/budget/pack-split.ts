import { sharesSumTo100, splitByShares } from '../projects/locations.js';

/** One province's share of a project's money, in basis points (null when no split was recorded). */
export type ShareOf = { key: string; basisPoints: number | null };

/** The key of the area row for money spread over several provinces without a recorded split. */
export const UNSPLIT_AREA_KEY = '*unsplit';

/**
 * Where a project's money goes in the by-area table: its one province; its provinces by their
 * shares, to the satang (the project's own split rule); or, for several provinces without shares,
 * one "not split" row (never guessed evenly). A partial or wrong split is refused.
 */
export function areaAmounts(amount: bigint, shares: readonly ShareOf[]): { key: string; amount: bigint }[] {
  const provinces = [...new Map(shares.map((share) => [share.key, share])).values()];
  const [only] = provinces;
  if (provinces.length === 1 && only) {
    return [{ key: only.key, amount }];
  }
  if (provinces.every((share) => share.basisPoints === null)) {
    return [{ key: UNSPLIT_AREA_KEY, amount }];
  }
  const split = provinces.map((share) => ({ provinceCode: share.key, shareBp: share.basisPoints ?? 0 }));
  if (
    !sharesSumTo100(split) ||
    split.some((share) => !Number.isInteger(share.shareBp) || share.shareBp <= 0)
  ) {
    throw new RangeError('Province shares must be whole basis points summing to 10000');
  }
  return [...splitByShares(amount, split)].map(([key, part]) => ({ key, amount: part }));
}
