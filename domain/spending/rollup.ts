import type { SpendingClass } from './budget-class.js';

/** Money of the year's own budget, or committed money carried over from the year before. */
export const FUND_SOURCES = ['budget', 'carry_over'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

/** One project's figures for one month of one fiscal year and fund source. */
export type SpendingLine = {
  projectId: string;
  provinceCode: string;
  clusterId: number | null;
  fiscalYear: number;
  fiscalMonth: number;
  spendingClass: SpendingClass;
  funds: FundSource;
  plannedSatang: bigint;
  committedSatang: bigint;
  disbursedSatang: bigint;
};

export type SpendingTotals = {
  plannedSatang: bigint;
  committedSatang: bigint;
  disbursedSatang: bigint;
  carryOverDisbursedSatang: bigint;
};

const lineKey = (line: SpendingLine) =>
  `${line.projectId}|${line.fiscalYear}|${line.fiscalMonth}|${line.funds}`;

/**
 * Lines gathered from several views (each member province of a cluster sees the cluster's
 * projects) reduced to one per project, year, month and fund source, so nothing counts twice.
 */
export function distinctLines(lines: readonly SpendingLine[]): SpendingLine[] {
  const seen = new Map<string, SpendingLine>();
  for (const line of lines) {
    seen.set(lineKey(line), line);
  }
  return [...seen.values()];
}

/**
 * Totals of a year: plan, commitments and disbursement of the year's own budget; carried-over
 * money paid out this year is kept apart, because it was allocated (and planned) last year.
 */
export function totalsOf(lines: readonly SpendingLine[]): SpendingTotals {
  const totals: SpendingTotals = {
    plannedSatang: 0n,
    committedSatang: 0n,
    disbursedSatang: 0n,
    carryOverDisbursedSatang: 0n,
  };
  for (const line of distinctLines(lines)) {
    if (line.funds === 'carry_over') {
      totals.carryOverDisbursedSatang += line.disbursedSatang;
    } else {
      totals.plannedSatang += line.plannedSatang;
      totals.committedSatang += line.committedSatang;
      totals.disbursedSatang += line.disbursedSatang;
    }
  }
  return totals;
}

/** A province's own projects (cluster projects belong to their cluster's view, not a province's). */
export const provinceLines = (lines: readonly SpendingLine[], provinceCode: string) =>
  lines.filter((line) => line.clusterId === null && line.provinceCode === provinceCode);

/** A cluster's view: its cluster projects and the own projects of its member provinces. */
export const clusterLines = (lines: readonly SpendingLine[], clusterId: number, members: readonly string[]) =>
  lines.filter((line) =>
    line.clusterId === null ? members.includes(line.provinceCode) : line.clusterId === clusterId,
  );

/**
 * What may be carried over into next year (กันเงินไว้เบิกเหลื่อมปี): money committed by contract but
 * not yet paid at year end, never more than the allocation left unpaid.
 */
export function carryOverAvailable(input: {
  allocationSatang: bigint;
  committedSatang: bigint;
  disbursedSatang: bigint;
}): bigint {
  const unpaidCommitment = input.committedSatang - input.disbursedSatang;
  const unpaidAllocation = input.allocationSatang - input.disbursedSatang;
  const available = unpaidCommitment < unpaidAllocation ? unpaidCommitment : unpaidAllocation;
  return available > 0n ? available : 0n;
}
