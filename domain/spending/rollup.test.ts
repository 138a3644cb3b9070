import { describe, expect, it } from 'vitest';
import {
  procurementDateProblem,
  procurementStageOf,
  contractSavings,
  type ProcurementDates,
} from './procurement.js';
import {
  carryOverAvailable,
  clusterLines,
  distinctLines,
  provinceLines,
  totalsOf,
  type SpendingLine,
} from './rollup.js';
import { sCurve } from './s-curve.js';

const line = (overrides: Partial<SpendingLine>): SpendingLine => ({
  projectId: 'p1',
  provinceCode: '30',
  clusterId: null,
  fiscalYear: 2569,
  fiscalMonth: 1,
  spendingClass: 'current',
  funds: 'budget',
  plannedSatang: 100n,
  committedSatang: 50n,
  disbursedSatang: 40n,
  ...overrides,
});

describe('roll-ups', () => {
  const own30 = line({});
  const own31 = line({ projectId: 'p2', provinceCode: '31' });
  const clusterProject = line({ projectId: 'c1', provinceCode: '30', clusterId: 10, plannedSatang: 1000n });
  it('counts a cluster project once nationally even when every member province reports it', () => {
    const gathered = [own30, clusterProject, own31, clusterProject];
    expect(distinctLines(gathered)).toHaveLength(3);
    expect(totalsOf(gathered).plannedSatang).toBe(1200n);
  });
  it('keeps cluster projects out of province views and in their cluster view', () => {
    const lines = [own30, own31, clusterProject];
    expect(provinceLines(lines, '30')).toEqual([own30]);
    expect(clusterLines(lines, 10, ['30'])).toEqual([own30, clusterProject]);
    expect(clusterLines(lines, 11, ['31'])).toEqual([own31]);
  });
  it('province and cluster totals add up to the national total', () => {
    const lines = [own30, own31, clusterProject];
    const parts = [...provinceLines(lines, '30'), ...provinceLines(lines, '31'), clusterProject];
    expect(totalsOf(parts)).toEqual(totalsOf(lines));
  });
  it('keeps carried-over money out of the year’s own plan and disbursement', () => {
    const carried = line({
      funds: 'carry_over',
      plannedSatang: 0n,
      committedSatang: 0n,
      disbursedSatang: 30n,
    });
    expect(totalsOf([own30, carried])).toEqual({
      plannedSatang: 100n,
      committedSatang: 50n,
      disbursedSatang: 40n,
      carryOverDisbursedSatang: 30n,
    });
  });
  it('carries over unpaid commitments, bounded by the unpaid allocation', () => {
    expect(carryOverAvailable({ allocationSatang: 100n, committedSatang: 90n, disbursedSatang: 60n })).toBe(
      30n,
    );
    expect(carryOverAvailable({ allocationSatang: 100n, committedSatang: 150n, disbursedSatang: 60n })).toBe(
      40n,
    );
    expect(carryOverAvailable({ allocationSatang: 100n, committedSatang: 50n, disbursedSatang: 60n })).toBe(
      0n,
    );
  });
});

describe('procurement', () => {
  const none: ProcurementDates = {
    torDate: null,
    announcedDate: null,
    biddingDate: null,
    contractSignedDate: null,
    inspectedDate: null,
    paidDate: null,
  };
  it('is at the latest dated step', () => {
    expect(procurementStageOf(none)).toBe('not_started');
    expect(procurementStageOf({ ...none, torDate: '2025-10-05' })).toBe('tor');
    expect(procurementStageOf({ ...none, torDate: '2025-10-05', contractSignedDate: '2025-12-01' })).toBe(
      'contract_signed',
    );
    expect(procurementStageOf({ ...none, paidDate: '2026-03-01' })).toBe('paid');
  });
  it('refuses dates that run backwards', () => {
    expect(
      procurementDateProblem({ ...none, torDate: '2025-10-05', announcedDate: '2025-10-20' }),
    ).toBeNull();
    expect(procurementDateProblem({ ...none, torDate: '2025-10-05', biddingDate: '2025-10-01' })?.en).toBe(
      'The Bidding date cannot be before the TOR and reference price date',
    );
  });
  it('counts savings when the contract comes in under the allocation', () => {
    expect(contractSavings(1000n, 900n)).toBe(100n);
    expect(contractSavings(1000n, 1200n)).toBe(0n);
    expect(contractSavings(1000n, null)).toBe(0n);
  });
});

describe('sCurve', () => {
  it('gives cumulative plan, actual to the last reported month, and target amounts', () => {
    const points = sCurve({
      allocationSatang: 1200n,
      planMonthly: Array.from({ length: 12 }, () => 100n),
      actualMonthly: [50n, 150n, 100n],
      reportedThrough: 2,
      targetPctByMonth: Array.from({ length: 12 }, (_, index) => (index + 1) * 5),
    });
    expect(points[1]).toEqual({
      fiscalMonth: 2,
      planCumSatang: 200n,
      actualCumSatang: 200n,
      targetCumSatang: 120n,
      planPct: 16.67,
      actualPct: 16.67,
      targetPct: 10,
    });
    expect(points[2]?.actualCumSatang).toBeNull();
    expect(points[11]?.planPct).toBe(100);
  });
});
