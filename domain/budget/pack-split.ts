/** Shares are whole basis points: 10,000 = 100 %. */
export const FULL_SHARE_BASIS_POINTS = 10_000;

/** One province's share of a project's money, in basis points (null when no split was recorded). */
export type ShareOf<Key extends string = string> = { key: Key; basisPoints: number | null };

/**
 * Splits an amount in satang across shares that sum to 100 %, so the parts add back to the amount
 * exactly: each part is rounded down, and the satang left over go one each to the largest
 * remainders (ties to the earlier share). A project split 1/3 each never loses a satang.
 */
export function splitBySharesSatang<Key extends string>(
  amount: bigint,
  shares: readonly { key: Key; basisPoints: number }[],
): { key: Key; amount: bigint }[] {
  const sum = shares.reduce((total, share) => total + share.basisPoints, 0);
  const bad = shares.find((share) => !Number.isInteger(share.basisPoints) || share.basisPoints < 0);
  if (bad || sum !== FULL_SHARE_BASIS_POINTS) {
    throw new RangeError(`Shares must be whole basis points summing to 10000, got ${sum}`);
  }
  const whole = BigInt(FULL_SHARE_BASIS_POINTS);
  const parts = shares.map((share, index) => {
    const exact = amount * BigInt(share.basisPoints);
    return { key: share.key, index, amount: exact / whole, remainder: exact % whole };
  });
  let left = amount - parts.reduce((total, part) => total + part.amount, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (left <= 0n) {
      break;
    }
    part.amount += 1n;
    left -= 1n;
  }
  return parts.map(({ key, amount: partAmount }) => ({ key, amount: partAmount }));
}

/** The key of the area row for money spread over several provinces without a recorded split. */
export const UNSPLIT_AREA_KEY = '*unsplit';

/**
 * Where a project's money goes in the by-area table: its one province; its provinces by their
 * shares; or, for several provinces without shares, one "not split" row (never guessed evenly).
 */
export function areaAmounts(amount: bigint, shares: readonly ShareOf[]): { key: string; amount: bigint }[] {
  const provinces = [...new Map(shares.map((share) => [share.key, share])).values()];
  if (provinces.length === 0) {
    return [{ key: UNSPLIT_AREA_KEY, amount }];
  }
  if (provinces.length === 1) {
    return [{ key: provinces[0]?.key ?? UNSPLIT_AREA_KEY, amount }];
  }
  if (provinces.every((share) => share.basisPoints === null)) {
    return [{ key: UNSPLIT_AREA_KEY, amount }];
  }
  return splitBySharesSatang(
    amount,
    provinces.map((share) => ({ key: share.key, basisPoints: share.basisPoints ?? 0 })),
  );
}
