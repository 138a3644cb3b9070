import { describe, expect, it } from 'vitest';
import { assessProject } from './assess.js';
import { yearEndForecast } from './forecast.js';
import { spendingStatus, type StatusInput } from './status.js';
import { FY2569_DEADLINES, FY2569_TARGETS } from './targets-fy2569.js';

const onPlan: StatusInput = {
  asOfDate: '2026-01-31',
  commitmentCutoff: '2025-12-31',
  contractSignedDate: '2025-11-20',
  planPct: 40,
  actualPct: 40,
  targetPct: 40,
  forecastPct: 95,
  yearEndTargetPct: 93,
};

describe('spendingStatus', () => {
  it('is on track when on plan, on target and forecast to reach the target', () => {
    expect(spendingStatus(onPlan)).toEqual({ status: 'on_track', reasons: [] });
  });
  it('puts a project with no contract once the cut-off has passed at risk', () => {
    expect(spendingStatus({ ...onPlan, contractSignedDate: null })).toEqual({
      status: 'at_risk',
      reasons: ['no_contract_after_cutoff'],
    });
  });
  it('does not flag a missing contract on the cut-off day itself, nor without a cut-off', () => {
    expect(spendingStatus({ ...onPlan, asOfDate: '2025-12-31', contractSignedDate: null }).status).toBe(
      'on_track',
    );
    expect(spendingStatus({ ...onPlan, commitmentCutoff: null, contractSignedDate: null }).status).toBe(
      'on_track',
    );
  });
  it('is late more than 5 points behind plan and at risk more than 15 behind', () => {
    expect(spendingStatus({ ...onPlan, actualPct: 35, targetPct: 30 }).status).toBe('on_track');
    expect(spendingStatus({ ...onPlan, actualPct: 34.99, targetPct: 30 })).toEqual({
      status: 'late',
      reasons: ['behind_plan'],
    });
    expect(spendingStatus({ ...onPlan, actualPct: 25, targetPct: 20 })).toEqual({
      status: 'late',
      reasons: ['behind_plan'],
    });
    expect(spendingStatus({ ...onPlan, actualPct: 24.99, targetPct: 20 })).toEqual({
      status: 'at_risk',
      reasons: ['far_behind_plan'],
    });
  });
  it('is late below the cabinet target or with a forecast below the year-end target', () => {
    expect(spendingStatus({ ...onPlan, targetPct: 41 }).reasons).toEqual(['behind_target']);
    expect(spendingStatus({ ...onPlan, forecastPct: 92.99 })).toEqual({
      status: 'late',
      reasons: ['forecast_below_target'],
    });
    expect(
      spendingStatus({ ...onPlan, targetPct: null, yearEndTargetPct: null, forecastPct: 0 }).status,
    ).toBe('on_track');
  });
  it('lists every reason that applies', () => {
    expect(
      spendingStatus({ ...onPlan, contractSignedDate: null, actualPct: 10, forecastPct: 50 }).reasons,
    ).toEqual(['no_contract_after_cutoff', 'far_behind_plan', 'behind_target', 'forecast_below_target']);
  });
});

describe('yearEndForecast', () => {
  const base = {
    allocationSatang: 1_000_000n,
    contractValueSatang: null,
    planCumSatang: 400_000n,
    planTotalSatang: 1_000_000n,
    disbursedCumSatang: 400_000n,
  };
  it('on pace with a signed contract: paid plus 95 % of the plan ahead, capped by the contract', () => {
    expect(yearEndForecast({ ...base, stage: 'contract_signed' })).toBe(970_000n);
    expect(yearEndForecast({ ...base, stage: 'contract_signed', contractValueSatang: 900_000n })).toBe(
      900_000n,
    );
  });
  it('scales the plan ahead by the pace so far', () => {
    expect(yearEndForecast({ ...base, disbursedCumSatang: 200_000n, stage: 'delivered' })).toBe(500_000n);
  });
  it('trusts a project that has not started procurement half as much', () => {
    expect(
      yearEndForecast({ ...base, planCumSatang: 0n, disbursedCumSatang: 0n, stage: 'not_started' }),
    ).toBe(500_000n);
  });
  it('never forecasts less than what is paid, even over a smaller contract', () => {
    expect(
      yearEndForecast({
        ...base,
        disbursedCumSatang: 950_000n,
        contractValueSatang: 900_000n,
        stage: 'paid',
      }),
    ).toBe(950_000n);
  });
  it('is what is paid when nothing is left in the plan', () => {
    expect(
      yearEndForecast({ ...base, planCumSatang: 1_000_000n, disbursedCumSatang: 700_000n, stage: 'bidding' }),
    ).toBe(700_000n);
  });
});

describe('assessProject', () => {
  const procurement = {
    torDate: '2025-10-10',
    announcedDate: null,
    biddingDate: null,
    contractSignedDate: null,
    inspectedDate: null,
    paidDate: null,
    contractValueSatang: null,
  };
  const base = {
    allocationSatang: 1200n,
    planMonthly: Array.from({ length: 12 }, () => 100n),
    disbursedMonthly: [100n, 100n, 100n, 100n],
    reportedThrough: 4,
    procurement,
    targetClass: 'overall' as const,
    targets: FY2569_TARGETS,
    deadlines: FY2569_DEADLINES,
    multiYear: false,
    asOfDate: '2026-01-31',
  };
  it('flags a single-year project without a contract after December, not a multi-year one until April', () => {
    expect(assessProject(base)).toMatchObject({ status: 'at_risk', planPct: 33.33, actualPct: 33.33 });
    expect(assessProject(base).reasons).toContain('no_contract_after_cutoff');
    expect(assessProject({ ...base, multiYear: true }).reasons).not.toContain('no_contract_after_cutoff');
  });
  it('is on track on plan with a contract', () => {
    const signed = { ...procurement, contractSignedDate: '2025-11-01', contractValueSatang: 1200n };
    const ahead = { ...base, procurement: signed, disbursedMonthly: [100n, 100n, 100n, 200n] };
    expect(assessProject({ ...base, procurement: signed }).reasons).toEqual(['behind_target']);
    const result = assessProject(ahead);
    expect(result.status).toBe('on_track');
    expect(result.forecastSatang).toBe(1200n);
    expect(result.disbursedSatang).toBe(500n);
  });
  it('says nothing is paid before any month is reported', () => {
    expect(assessProject({ ...base, reportedThrough: 0, asOfDate: '2025-10-15' })).toMatchObject({
      planPct: 0,
      actualPct: 0,
      disbursedSatang: 0n,
    });
  });
});
