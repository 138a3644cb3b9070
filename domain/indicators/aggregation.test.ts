import { describe, expect, it } from 'vitest';
import { aggregateFigures, isBelowTarget, ratioValue, roundFigure, yearOverYear } from './aggregation.js';

const ratio = (numerator: number, denominator: number) => ({
  value: (numerator / denominator) * 100,
  numerator,
  denominator,
});

describe('aggregateFigures', () => {
  it('adds counts', () => {
    const counts = [5, 7, 0].map((value) => ({ value, numerator: null, denominator: null }));
    expect(aggregateFigures('sum', 100, counts)).toEqual({ value: 12, numerator: null, denominator: null });
  });

  it('recomputes a ratio from its parts, which an average of percentages gets wrong', () => {
    const villages = [ratio(1, 10), ratio(90, 100)];
    const average = villages.reduce((sum, figure) => sum + figure.value, 0) / villages.length;
    const figure = aggregateFigures('ratio', 100, villages);
    expect(figure).toMatchObject({ numerator: 91, denominator: 110 });
    expect(roundFigure(figure?.value ?? 0)).toBe(82.7273);
    expect(average).toBe(50);
  });

  it('uses the scale of a rate per thousand', () => {
    expect(aggregateFigures('ratio', 1000, [ratio(3, 1000), ratio(1, 1000)])?.value).toBe(2);
  });

  it('makes nothing of a rule that does not aggregate, an empty list, a missing part or a zero denominator', () => {
    expect(aggregateFigures('none', 100, [ratio(1, 2)])).toBeNull();
    expect(aggregateFigures('sum', 100, [])).toBeNull();
    expect(aggregateFigures('ratio', 100, [{ value: 50, numerator: null, denominator: null }])).toBeNull();
    expect(aggregateFigures('ratio', 100, [{ value: 0, numerator: 0, denominator: 0 }])).toBeNull();
    expect(ratioValue(1, 0, 100)).toBeNull();
  });
});

describe('isBelowTarget', () => {
  it('reads the direction', () => {
    expect(isBelowTarget('higher_is_better', 82, 100)).toBe(true);
    expect(isBelowTarget('higher_is_better', 100, 100)).toBe(false);
    expect(isBelowTarget('lower_is_better', 120, 100)).toBe(true);
    expect(isBelowTarget('lower_is_better', 100, 100)).toBe(false);
  });
});

describe('yearOverYear', () => {
  it('gives the change and whether it went the good way', () => {
    expect(yearOverYear('higher_is_better', 80, 70)).toEqual({ change: 10, improved: true });
    expect(yearOverYear('lower_is_better', 80, 70)).toEqual({ change: 10, improved: false });
    expect(yearOverYear('lower_is_better', 60, 70)).toEqual({ change: -10, improved: true });
    expect(yearOverYear('higher_is_better', 70, 70)).toEqual({ change: 0, improved: false });
    expect(yearOverYear('higher_is_better', null, 70)).toBeNull();
  });
});
