import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { NATIONAL_SCOPE } from '../auth/scope.js';
import { homeKindOf, officeClusterOf, quarterDue } from './home.js';
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

describe('the cluster whose office the user is', () => {
  const clusters = [
    { id: 7, members: [] },
    { id: 8, members: ['30', '31', '32', '36'] },
    { id: 9, members: ['33', '34', '35', '37'] },
  ];
  const officer = (areaCodes: string[], roles: readonly Role[] = ['cluster_officer']) => ({
    roles,
    viewScope: { all: false, areaCodes },
  });
  it.each([
    ['every member in view', officer(['30', '31', '32', '36']), 8],
    ['the first of two clusters in view', officer(['30', '31', '32', '33', '34', '35', '36', '37']), 8],
    ['members and more in view', officer(['10', '30', '31', '32', '36']), 8],
    ['a member province missing', officer(['30', '31', '32']), null],
    ['only a district of a member', officer(['30', '31', '32', '3601']), null],
    ['no province at all (the empty cluster is nobody’s)', officer([]), null],
    ['a province planner of a member province', officer(['30'], ['provincial_planner']), null],
    [
      'a provincial role over every member province',
      officer(['30', '31', '32', '36'], ['provincial_planner']),
      null,
    ],
    [
      'a national cluster officer: the first cluster with members',
      { roles: ['cluster_officer'] as const, viewScope: NATIONAL_SCOPE },
      8,
    ],
  ] as const)('%s', (_, actor, clusterId) => {
    expect(officeClusterOf(actor, clusters)).toBe(clusterId);
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
