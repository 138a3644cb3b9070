import type { ProcurementDates } from '../../../domain/spending/procurement.js';
import type { DeadlineInput, TargetInput } from '../../../domain/spending/targets.js';
import { toGregorianYear } from '../../../domain/thai/fiscal-year.js';

/**
 * How a demo project spends: pace is disbursement per mille of the plan each month; `signed` says
 * whether (and how late) its contract was signed. Six in ten keep pace, two lag (late), one is far
 * behind and one has no contract after the cut-off (both at risk).
 */
export type DemoProfile = {
  name: 'on_track' | 'lagging' | 'far_behind' | 'no_contract';
  pacePerMille: bigint;
  signed: 'on_time' | 'late' | 'never';
};

const ON_TRACK: DemoProfile = { name: 'on_track', pacePerMille: 1000n, signed: 'on_time' };
const PROFILES: readonly DemoProfile[] = [
  ON_TRACK,
  { name: 'on_track', pacePerMille: 1000n, signed: 'on_time' },
  { name: 'on_track', pacePerMille: 1010n, signed: 'on_time' },
  { name: 'on_track', pacePerMille: 1000n, signed: 'on_time' },
  { name: 'on_track', pacePerMille: 990n, signed: 'on_time' },
  { name: 'on_track', pacePerMille: 1000n, signed: 'on_time' },
  { name: 'lagging', pacePerMille: 900n, signed: 'on_time' },
  { name: 'lagging', pacePerMille: 880n, signed: 'late' },
  { name: 'far_behind', pacePerMille: 600n, signed: 'late' },
  { name: 'no_contract', pacePerMille: 0n, signed: 'never' },
];

export const demoProfile = (n: number): DemoProfile => PROFILES[n % PROFILES.length] ?? ON_TRACK;

/** A closed demo year: most pay in full, every fourth leaves committed money to carry over. */
export const closedYearPacePerMille = (n: number): bigint =>
  n % 4 === 1 ? 850n : n % 4 === 3 ? 960n : 1000n;

/** Contract value: 97 % of the allocation (a typical bid saving), rounded down to whole baht. */
export const demoContractValue = (allocationSatang: bigint) =>
  ((allocationSatang * 97n) / 100n / 100n) * 100n;

/** Procurement dates of a demo project's year (CE dates; the year is a BE fiscal year). */
export function demoProcurementDates(
  fiscalYear: number,
  n: number,
  signed: DemoProfile['signed'],
): ProcurementDates {
  const start = toGregorianYear(fiscalYear) - 1;
  const day = String(5 + (n % 20)).padStart(2, '0');
  const contractSignedDate =
    signed === 'on_time' ? `${start}-12-${day}` : signed === 'late' ? `${start + 1}-02-${day}` : null;
  return {
    torDate: `${start}-10-${day}`,
    announcedDate: signed === 'never' && n % 20 === 9 ? null : `${start}-11-${day}`,
    biddingDate: signed === 'never' ? null : `${start}-11-${String(10 + (n % 18)).padStart(2, '0')}`,
    contractSignedDate,
    inspectedDate: null,
    paidDate: null,
  };
}

/**
 * Monthly disbursement of a demo project: the plan scaled by the pace, through the reported month;
 * the total never exceeds the ceiling (the contract value, else the allocation).
 */
export function demoDisbursements(
  planMonthly: readonly bigint[],
  pacePerMille: bigint,
  reportedThrough: number,
  ceilingSatang: bigint,
): bigint[] {
  let left = ceilingSatang;
  return planMonthly.map((planned, index) => {
    if (index >= reportedThrough) {
      return 0n;
    }
    const paid = (planned * pacePerMille) / 1000n;
    const capped = paid > left ? left : paid;
    left -= capped;
    return capped;
  });
}

/** FY2568 targets for the demo's closed year: FY2569's values, marked as assumed (not verified). */
export function assumedTargetsFrom(targets: readonly TargetInput[]): TargetInput[] {
  return targets.map((target) => ({
    ...target,
    sourceNote: 'Demo: assumed equal to FY2569 (FY2568 figures not entered) / ข้อมูลสาธิต',
    verified: false,
  }));
}

export const DEMO_2568_DEADLINES: readonly DeadlineInput[] = [
  {
    kind: 'single_year_commitment',
    dueDate: '2024-12-31',
    sourceNote: 'Demo: assumed like FY2569 / ข้อมูลสาธิต',
    verified: false,
  },
  {
    kind: 'multi_year_contract',
    dueDate: '2025-03-31',
    sourceNote: 'Demo: assumed like FY2569 / ข้อมูลสาธิต',
    verified: false,
  },
];
