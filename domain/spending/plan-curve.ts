import type { TargetInput } from './targets.js';
import { targetPctAt } from './targets.js';
import type { TargetClass } from './budget-class.js';
import { FISCAL_MONTHS } from './months.js';

/**
 * Splits a whole amount over weights by the largest-remainder method: each part is the floor of
 * its exact share, and the satang left over go one each to the largest remainders (earlier month
 * first on a tie), so the parts always add up to the amount exactly.
 */
export function splitByLargestRemainder(amount: bigint, weights: readonly bigint[]): bigint[] {
  if (amount < 0n || weights.some((weight) => weight < 0n)) {
    throw new RangeError('amount and weights must not be negative');
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (total === 0n) {
    throw new RangeError('weights must not all be zero');
  }
  const parts = weights.map((weight) => (amount * weight) / total);
  const remainders = weights.map((weight, index) => ({ index, rest: (amount * weight) % total }));
  let left = amount - parts.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) {
      break;
    }
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
}

/**
 * Monthly weights (in hundredths of a percent) shaped like the year's cumulative target for the
 * class: what the target adds each month. A class without targets spreads evenly.
 */
export function targetMonthlyWeights(targets: readonly TargetInput[], budgetClass: TargetClass): bigint[] {
  const cumulative = FISCAL_MONTHS.map((month) => targetPctAt(targets, budgetClass, month));
  if (cumulative.some((value) => value === null) || (cumulative[11] ?? 0) === 0) {
    return FISCAL_MONTHS.map(() => 1n);
  }
  return cumulative.map((value, index) =>
    BigInt(Math.round(((value ?? 0) - (index === 0 ? 0 : (cumulative[index - 1] ?? 0))) * 100)),
  );
}

/**
 * The default monthly disbursement plan: the allocation laid on the target curve so that the whole
 * allocation is planned by September (the target's shape, scaled to 100 %), to the satang.
 */
export function defaultMonthlyPlan(
  allocationSatang: bigint,
  targets: readonly TargetInput[],
  budgetClass: TargetClass,
): bigint[] {
  return splitByLargestRemainder(allocationSatang, targetMonthlyWeights(targets, budgetClass));
}

/** Running totals of monthly amounts. */
export function cumulative(amounts: readonly bigint[]): bigint[] {
  let sum = 0n;
  return amounts.map((amount) => (sum += amount));
}

/** A part of a whole as a percent with two decimals (0 when the whole is 0). */
export function percentOf(part: bigint, whole: bigint): number {
  if (whole === 0n) {
    return 0;
  }
  const hundredths = (part * 10000n * 2n + whole) / (whole * 2n);
  return Number(hundredths) / 100;
}
