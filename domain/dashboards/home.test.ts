import { describe, expect, it } from 'vitest';
import { NATIONAL_SCOPE } from '../auth/scope.js';
import { homeKindOf, quarterDue } from './home.js';
import { metricsOf } from './overview.js';
import { NO_FIGURES } from './figures.js';

const province = { all: false, areaCodes: ['30'] };

describe('home kind', () => {
  it.each([
    [['central_analyst'], NATIONAL_SCOPE, 'centre'],
    [['system_admin'], NATIONAL_SCOPE, 'centre'],
    [['auditor'], NATIONAL_SCOPE, 'centre'],
    // A central role without the national view still works a province.
    [['central_analyst'], province, 'planner'],
    [['provincial_head'], province, 'approver'],
    [['committee_member'], province, 'approver'],
    [['provincial_planner', 'provincial_head'], province, 'approver'],
    [['provincial_planner'], province, 'planner'],
    [['district_officer'], { all: false, areaCodes: ['3001'] }, 'planner'],
    [['cluster_officer'], { all: false, areaCodes: ['30', '31'] }, 'planner'],
  ] as const)('%j with %j → %s', (roles, viewScope, kind) => {
    expect(homeKindOf({ roles, viewScope })).toBe(kind);
  });
});

describe('the quarter whose reports are due', () => {
  it.each([
    // 15 Nov 2025 is in FY2569 Q1; 1 Jan 2026 in Q2; 30 Sep 2026 in Q4.
    ['2025-11-15T05:00:00Z', 2569, 1],
    ['2026-01-01T05:00:00Z', 2569, 2],
    ['2026-09-30T05:00:00Z', 2569, 4],
    // 30 Sep 2025 18:00 UTC is already 1 Oct in Bangkok: FY2569 Q1.
    ['2025-09-30T18:00:00Z', 2569, 1],
    ['2026-01-01T05:00:00Z', 2568, 4],
    ['2026-01-01T05:00:00Z', 2570, null],
  ])('on %s for FY%s: %s', (today, fiscalYear, quarter) => {
    expect(quarterDue(fiscalYear, new Date(today))).toBe(quarter);
  });
});

describe('measures of a unit', () => {
  it('reads plan coverage over open needs and money shares, and says nothing it cannot at a district', () => {
    const figures = {
      ...NO_FIGURES,
      needs: 10,
      needsLinked: 3,
      needsClosed: 4,
      allocationSatang: 400n,
      disbursedSatang: 100n,
      ceilingSatang: 0n,
    };
    expect(metricsOf(figures, false)).toMatchObject({
      planCoverageBp: 5000,
      disbursedBp: 2500,
      ceilingUsedBp: null,
      disbursedSatang: '100',
    });
    expect(metricsOf(figures, true)).toMatchObject({
      planCoverageBp: 5000,
      disbursedBp: null,
      disbursedSatang: null,
      projects: null,
      assetsAwaitingTransfer: null,
    });
  });
});
