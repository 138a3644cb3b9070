import { describe, expect, it } from 'vitest';
import { calendarMonthOf, monthEndDate } from './months.js';
import { commitmentCutoff, targetPctAt, targetYearInputSchema, targetYearProblems } from './targets.js';
import { FY2569_DEADLINES, FY2569_TARGETS } from './targets-fy2569.js';

describe('fiscal months', () => {
  it('maps October to month 1 of the next BE year and September to 12', () => {
    expect(calendarMonthOf(2569, 1)).toEqual({ year: 2025, month: 10 });
    expect(calendarMonthOf(2569, 3)).toEqual({ year: 2025, month: 12 });
    expect(calendarMonthOf(2569, 4)).toEqual({ year: 2026, month: 1 });
    expect(calendarMonthOf(2569, 12)).toEqual({ year: 2026, month: 9 });
  });
  it('knows month ends, leap Februaries included', () => {
    expect(monthEndDate(2569, 1)).toBe('2025-10-31');
    expect(monthEndDate(2569, 5)).toBe('2026-02-28');
    expect(monthEndDate(2571, 5)).toBe('2028-02-29');
    expect(monthEndDate(2569, 12)).toBe('2026-09-30');
  });
});

describe('FY2569 targets as shipped', () => {
  it('hold the verified cabinet figures and mark the rest unverified', () => {
    const verified = FY2569_TARGETS.filter((target) => target.verified).map(
      (target) => `${target.budgetClass} Q${target.quarter} ${target.cumulativePct}`,
    );
    expect(verified.sort()).toEqual(['capital Q4 75', 'current Q4 98', 'overall Q1 33', 'overall Q4 93']);
    expect(targetYearProblems(FY2569_TARGETS, FY2569_DEADLINES)).toEqual([]);
  });
  it('cut commitments at the end of Q1 (single year) and Q2 (new multi-year contracts)', () => {
    expect(commitmentCutoff(FY2569_DEADLINES, false)).toBe('2025-12-31');
    expect(commitmentCutoff(FY2569_DEADLINES, true)).toBe('2026-03-31');
    expect(commitmentCutoff([], true)).toBeNull();
  });
});

describe('targetPctAt', () => {
  it('is the quarter-end value at each quarter end', () => {
    expect(targetPctAt(FY2569_TARGETS, 'overall', 3)).toBe(33);
    expect(targetPctAt(FY2569_TARGETS, 'overall', 6)).toBe(54);
    expect(targetPctAt(FY2569_TARGETS, 'capital', 12)).toBe(75);
  });
  it('runs straight between quarter ends, from 0 on 1 October', () => {
    expect(targetPctAt(FY2569_TARGETS, 'overall', 1)).toBe(11);
    expect(targetPctAt(FY2569_TARGETS, 'overall', 2)).toBe(22);
    expect(targetPctAt(FY2569_TARGETS, 'overall', 4)).toBe(40);
    expect(targetPctAt(FY2569_TARGETS, 'overall', 11)).toBe(87.67);
  });
  it('is null when a class lacks a quarter', () => {
    expect(targetPctAt(FY2569_TARGETS.slice(1), 'overall', 6)).toBeNull();
  });
});

describe('a year of targets as input', () => {
  const body = { targets: [...FY2569_TARGETS], deadlines: [...FY2569_DEADLINES] };
  it('accepts the shipped year', () => {
    expect(targetYearInputSchema.safeParse(body).success).toBe(true);
  });
  it('refuses a falling cumulative target', () => {
    const targets = body.targets.map((target) =>
      target.budgetClass === 'capital' && target.quarter === 3 ? { ...target, cumulativePct: 40 } : target,
    );
    const problems = targetYearProblems(targets, body.deadlines);
    expect(problems.map((problem) => problem.en)).toEqual([
      'capital targets are cumulative and cannot fall from one quarter to the next',
    ]);
  });
  it('refuses a quarter given twice (and so another missing), a repeated deadline, too many decimals', () => {
    const targets = body.targets.map((target) =>
      target.budgetClass === 'current' && target.quarter === 2 ? { ...target, quarter: 3 as const } : target,
    );
    expect(targetYearProblems(targets, body.deadlines)).toHaveLength(1);
    expect(targetYearProblems(body.targets, [...body.deadlines, body.deadlines[0]!])).toHaveLength(1);
    const precise = body.targets.map((target, index) =>
      index === 0 ? { ...target, cumulativePct: 33.333 } : target,
    );
    expect(targetYearInputSchema.safeParse({ ...body, targets: precise }).success).toBe(false);
    expect(targetYearInputSchema.safeParse({ ...body, targets: body.targets.slice(1) }).success).toBe(false);
  });
});
