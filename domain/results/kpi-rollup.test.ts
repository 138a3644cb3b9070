import { describe, expect, it } from 'vitest';
import { rollUpKpis, type KpiSums } from './kpi-rollup.js';

const row = (
  provinceCode: string,
  clusterKey: number,
  kpis: number,
  kpisAchieved: number,
  bp: number,
): KpiSums => ({
  provinceCode,
  clusterKey,
  kpis,
  kpisAchieved,
  achievementBpSum: bp,
});

const rows = [
  row('30', 0, 4, 3, 36_000),
  row('31', 0, 1, 0, 5_000),
  row('30', 7, 2, 2, 20_000),
  row('50', 0, 3, 1, 21_000),
  row('10', 0, 0, 0, 0),
];
const clusters = [
  { id: 7, members: ['30', '31', '32', '36'] },
  { id: 9, members: ['50', '51'] },
  { id: 11, members: [] },
];

describe('rollUpKpis', () => {
  it('keeps one row per province’s own plan, leaving out cluster plans and empty provinces', () => {
    expect(rollUpKpis(rows, 'province', clusters)).toEqual([
      { provinceCode: '30', clusterId: null, kpis: 4, kpisAchieved: 3, achievementBpSum: 36_000 },
      { provinceCode: '31', clusterId: null, kpis: 1, kpisAchieved: 0, achievementBpSum: 5_000 },
      { provinceCode: '50', clusterId: null, kpis: 3, kpisAchieved: 1, achievementBpSum: 21_000 },
    ]);
  });

  it('adds a cluster’s plan and its members’ plans, so a large member weighs by its KPIs', () => {
    expect(rollUpKpis(rows, 'cluster', clusters)).toEqual([
      { provinceCode: null, clusterId: 7, kpis: 7, kpisAchieved: 5, achievementBpSum: 61_000 },
      { provinceCode: null, clusterId: 9, kpis: 3, kpisAchieved: 1, achievementBpSum: 21_000 },
    ]);
  });

  it('adds every row for the nation, and gives nothing when nothing is reported', () => {
    expect(rollUpKpis(rows, 'nation', clusters)).toEqual([
      { provinceCode: null, clusterId: null, kpis: 10, kpisAchieved: 6, achievementBpSum: 82_000 },
    ]);
    expect(rollUpKpis([], 'nation', clusters)).toEqual([]);
    expect(rollUpKpis([row('30', 7, 1, 1, 10_000)], 'cluster', [{ id: 8, members: ['30'] }])).toEqual([]);
  });
});
