import type { ShortfallDimension } from './household.js';

/** Counts below this are shown as "fewer than" so a small village's households cannot be singled out. */
export const SMALL_COUNT = 5;

/** A count as the anonymised roll-up shows it: exact from SMALL_COUNT up, else only "fewer than 5". */
export function suppressedCount(count: number): { count: number | null; fewerThan: number | null } {
  return count === 0 || count >= SMALL_COUNT
    ? { count, fewerThan: null }
    : { count: null, fewerThan: SMALL_COUNT };
}

/** How many households short in a dimension make a subdistrict propose a need by default. */
export const DEFAULT_PROPOSAL_THRESHOLD = 10;

export type SubdistrictShortfall = {
  subdistrictCode: string;
  dimension: ShortfallDimension;
  households: number;
};

/** Subdistrict × dimension pairs with at least `threshold` households still short: need candidates. */
export function proposalCandidates(
  rows: readonly SubdistrictShortfall[],
  threshold: number,
): SubdistrictShortfall[] {
  return rows
    .filter((row) => row.households >= threshold)
    .sort(
      (a, b) =>
        b.households - a.households ||
        a.subdistrictCode.localeCompare(b.subdistrictCode) ||
        a.dimension.localeCompare(b.dimension),
    );
}
