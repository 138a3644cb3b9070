import type { IndicatorAggregation, IndicatorDirection } from './catalogue.js';

/** One area's figure: the value, and for a ratio the numerator and denominator it came from. */
export type AreaFigure = { value: number; numerator: number | null; denominator: number | null };

/** The value of a ratio, or null when the denominator is zero. */
export function ratioValue(numerator: number, denominator: number, scale: number): number | null {
  return denominator === 0 ? null : (numerator / denominator) * scale;
}

/**
 * The figure of an area from the figures of the areas below it: counts add up; a ratio adds
 * numerators and denominators and divides again, so a village of 10 households weighs a tenth of
 * one of 100 (an average of percentages would weigh them alike). Null when nothing can be made.
 */
export function aggregateFigures(
  rule: IndicatorAggregation,
  scale: number,
  figures: readonly AreaFigure[],
): AreaFigure | null {
  if (figures.length === 0 || rule === 'none') {
    return null;
  }
  if (rule === 'sum') {
    return {
      value: figures.reduce((sum, figure) => sum + figure.value, 0),
      numerator: null,
      denominator: null,
    };
  }
  let numerator = 0;
  let denominator = 0;
  for (const figure of figures) {
    if (figure.numerator === null || figure.denominator === null) {
      return null;
    }
    numerator += figure.numerator;
    denominator += figure.denominator;
  }
  const value = ratioValue(numerator, denominator, scale);
  return value === null ? null : { value, numerator, denominator };
}

/** Whether a value falls short of a target, given which way is better. */
export function isBelowTarget(direction: IndicatorDirection, value: number, target: number): boolean {
  return direction === 'higher_is_better' ? value < target : value > target;
}

/** Change from last year, and whether it went the good way (null when either year is missing). */
export function yearOverYear(
  direction: IndicatorDirection,
  current: number | null,
  previous: number | null,
): { change: number; improved: boolean } | null {
  if (current === null || previous === null) {
    return null;
  }
  const change = current - previous;
  return { change, improved: direction === 'higher_is_better' ? change > 0 : change < 0 };
}

/** A value rounded as stored (4 decimals), so computed and stored figures compare exactly. */
export function roundFigure(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
