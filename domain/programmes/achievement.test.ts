import { describe, expect, it } from 'vitest';
import { indicatorAchievement, overallScore, rankByScore } from './achievement.js';

describe('indicatorAchievement', () => {
  it.each([
    ['sum', 10, { cumulative: 4, latest: 1 }, 4, 40],
    ['sum', 3, { cumulative: 1, latest: 1 }, 1, 33.3],
    ['sum', 3, { cumulative: 2, latest: 1 }, 2, 66.7],
    ['sum', 12_500, { cumulative: 15_000, latest: 5_000 }, 15_000, 120],
    ['latest', 1, { cumulative: 2, latest: 1 }, 1, 100],
    ['latest', 200, { cumulative: 350, latest: 180 }, 180, 90],
    ['latest', 200, { cumulative: 0, latest: null }, 0, 0],
    ['sum', 5, null, 0, 0],
  ] as const)('%s toward %d from %o is %d (%d%%)', (aggregation, target, progress, actual, percent) => {
    expect(indicatorAchievement(aggregation, target, progress)).toEqual({ actual, target, percent });
  });

  it('has no percent without a positive target, yet keeps what was reported', () => {
    expect(indicatorAchievement('sum', null, { cumulative: 7, latest: 7 })).toEqual({
      actual: 7,
      target: null,
      percent: null,
    });
    expect(indicatorAchievement('sum', 0, { cumulative: 7, latest: 7 }).percent).toBeNull();
  });
});

describe('overallScore', () => {
  const item = (percent: number | null) => ({ actual: 0, target: percent === null ? null : 1, percent });

  it('averages the indicators with a target, each capped at 100%', () => {
    expect(overallScore([item(50), item(100)])).toBe(75);
    expect(overallScore([item(250), item(0)])).toBe(50);
    expect(overallScore([item(33.3), item(66.7), item(100)])).toBe(66.7);
  });

  it('leaves out indicators without a target and has no score without any', () => {
    expect(overallScore([item(80), item(null)])).toBe(80);
    expect(overallScore([item(null)])).toBeNull();
    expect(overallScore([])).toBeNull();
  });
});

describe('rankByScore', () => {
  it('ranks best first with shared ranks for ties and skips after them', () => {
    const ranked = rankByScore([
      { provinceCode: '50', score: 80 },
      { provinceCode: '30', score: 95.5 },
      { provinceCode: '10', score: 80 },
      { provinceCode: '20', score: 40 },
    ]);
    expect(ranked.map((row) => [row.provinceCode, row.rank])).toEqual([
      ['30', 1],
      ['10', 2],
      ['50', 2],
      ['20', 4],
    ]);
  });

  it('puts provinces without a score last, unranked, by code', () => {
    const ranked = rankByScore([
      { provinceCode: '90', score: null },
      { provinceCode: '40', score: 0 },
      { provinceCode: '12', score: null },
    ]);
    expect(ranked.map((row) => [row.provinceCode, row.rank])).toEqual([
      ['40', 1],
      ['12', null],
      ['90', null],
    ]);
  });

  it('keeps the other fields of each row and ranks an empty list as empty', () => {
    expect(rankByScore([{ provinceCode: '30', score: 10, name: 'นครราชสีมา' }])).toEqual([
      { provinceCode: '30', score: 10, name: 'นครราชสีมา', rank: 1 },
    ]);
    expect(rankByScore([])).toEqual([]);
  });
});
