import type { KpiDirection } from '../plans/plan.js';

/**
 * Achievement of a result against its target, in basis points (10000 = 100 %), from exact decimal
 * strings: values are scaled to whole millionths so no binary fraction ever decides "achieved".
 */
const SCALE = 6;
export const FULL_BP = 10_000;
/** The stored column is a 32-bit integer: an actual millions of times its target reads as this. */
export const MAX_RECORDED_BP = 2_147_483_647;

/** A decimal string (`-12.5`, `3`) as a whole number of millionths. */
export function toMillionths(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(value.trim());
  if (!match) {
    throw new RangeError(`not a decimal with at most ${SCALE} places: ${value}`);
  }
  const [, sign = '', whole = '0', fraction = ''] = match;
  const magnitude = BigInt(whole) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0'));
  return sign === '-' ? -magnitude : magnitude;
}

export type Achievement = {
  /** Uncapped (up to `MAX_RECORDED_BP`): 15000 when a "higher is better" target is beaten by half. */
  achievementBp: number;
  achieved: boolean;
};

/**
 * Higher is better: actual ÷ target. Lower is better: target ÷ actual (an actual of 0 reaches any
 * target). A target of 0 is reached by any actual on the right side of it, and missed otherwise.
 */
export function achievementOf(actual: string, target: string, direction: KpiDirection): Achievement {
  const a = toMillionths(actual);
  const t = toMillionths(target);
  const achieved = direction === 'higher_is_better' ? a >= t : a <= t;
  if (t <= 0n || (direction === 'lower_is_better' && a <= 0n)) {
    return { achievementBp: achieved ? FULL_BP : 0, achieved };
  }
  const ratio = direction === 'higher_is_better' ? (a * BigInt(FULL_BP)) / t : (t * BigInt(FULL_BP)) / a;
  const bounded = ratio < 0n ? 0n : ratio > BigInt(MAX_RECORDED_BP) ? BigInt(MAX_RECORDED_BP) : ratio;
  return { achievementBp: Number(bounded), achieved };
}

/** The achievement a roll-up adds: beating one target never makes up for missing another. */
export function cappedBp(achievementBp: number): number {
  return Math.min(Math.max(achievementBp, 0), FULL_BP);
}

export type AchievementTotals = { indicators: number; achieved: number; achievementBpSum: number };

/** Mean achievement (capped per indicator) and the share of targets reached, both in basis points. */
export function summarizeAchievement(totals: AchievementTotals): {
  meanAchievementBp: number | null;
  achievedShareBp: number | null;
} {
  if (totals.indicators === 0) {
    return { meanAchievementBp: null, achievedShareBp: null };
  }
  return {
    meanAchievementBp: Math.floor(totals.achievementBpSum / totals.indicators),
    achievedShareBp: Math.floor((totals.achieved * FULL_BP) / totals.indicators),
  };
}

/** Adds one reported result into running totals (as the roll-up trigger does in SQL). */
export function addResult(totals: AchievementTotals, result: Achievement): AchievementTotals {
  return {
    indicators: totals.indicators + 1,
    achieved: totals.achieved + (result.achieved ? 1 : 0),
    achievementBpSum: totals.achievementBpSum + cappedBp(result.achievementBp),
  };
}

/** A share (in whole percent) of a decimal target, as a decimal string, rounded down to millionths. */
export function percentOf(target: string, percent: number): string {
  const value = (toMillionths(target) * BigInt(percent)) / 100n;
  const sign = value < 0n ? '-' : '';
  const magnitude = value < 0n ? -value : value;
  const whole = magnitude / 10n ** BigInt(SCALE);
  const fraction = (magnitude % 10n ** BigInt(SCALE)).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
