/** How an indicator's period reports add up: a count per period summed, or a running figure (latest). */
export const INDICATOR_AGGREGATIONS = ['sum', 'latest'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

/** What a province reported for one indicator: the sum over its reports and the latest report's value. */
export type ReportedProgress = { cumulative: number; latest: number | null };

export type IndicatorAchievement = {
  actual: number;
  target: number | null;
  /** Actual over target in percent, one decimal; null without a positive target. */
  percent: number | null;
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** One indicator's achievement against a province's target. */
export function indicatorAchievement(
  aggregation: IndicatorAggregation,
  target: number | null,
  progress: ReportedProgress | null,
): IndicatorAchievement {
  const actual = progress ? (aggregation === 'sum' ? progress.cumulative : (progress.latest ?? 0)) : 0;
  return {
    actual,
    target,
    percent: target !== null && target > 0 ? oneDecimal((actual / target) * 100) : null,
  };
}

/**
 * A province's overall score: the mean achievement of the indicators it has a target for, each
 * counted at most 100% so overshooting one indicator cannot hide another left undone; null when the
 * province has no target at all.
 */
export function overallScore(achievements: readonly IndicatorAchievement[]): number | null {
  const scored = achievements.flatMap((item) => (item.percent === null ? [] : [Math.min(item.percent, 100)]));
  if (scored.length === 0) {
    return null;
  }
  return oneDecimal(scored.reduce((sum, percent) => sum + percent, 0) / scored.length);
}

export type Ranked<T> = T & { rank: number | null };

/**
 * Provinces ranked by score, best first; equal scores share a rank and the next rank skips (1, 1, 3).
 * Provinces without a score come last, unranked, by code.
 */
export function rankByScore<T extends { provinceCode: string; score: number | null }>(
  rows: readonly T[],
): Ranked<T>[] {
  const sorted = [...rows].sort((a, b) => {
    if (a.score === null || b.score === null) {
      return a.score === b.score ? a.provinceCode.localeCompare(b.provinceCode) : a.score === null ? 1 : -1;
    }
    return b.score - a.score || a.provinceCode.localeCompare(b.provinceCode);
  });
  let previous: { score: number; rank: number } | null = null;
  return sorted.map((row, position) => {
    if (row.score === null) {
      return { ...row, rank: null };
    }
    const rank = previous && previous.score === row.score ? previous.rank : position + 1;
    previous = { score: row.score, rank };
    return { ...row, rank };
  });
}
