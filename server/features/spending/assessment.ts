import { and, eq, inArray, max, sql } from 'drizzle-orm';
import { assessProject, type Assessment } from '../../../domain/spending/assess.js';
import type { TargetYear } from '../../../domain/spending/targets.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { fiscalYearRange } from '../../../domain/thai/fiscal-year.js';
import type { Queryable } from '../../platform/db/client.js';
import {
  spendingActuals,
  spendingMonthClosures,
  procurements,
  spendingPlanMonths,
  spendingPlans,
} from './tables.js';
import type { SpendingProject } from './project-access.js';

type Loaded = {
  allocationSatang: bigint;
  planMonthly: bigint[];
  disbursedMonthly: bigint[];
  procurement: typeof procurements.$inferSelect | null;
};

const months = () => Array.from({ length: 12 }, () => 0n);

/** Plans, own-budget disbursement and procurement of several projects' year, in four statements. */
export async function loadSpendingFacts(tx: Queryable, projectIds: readonly string[], fiscalYear: number) {
  const facts = new Map<string, Loaded>();
  if (projectIds.length === 0) {
    return facts;
  }
  const ids = [...projectIds];
  const plans = await tx
    .select()
    .from(spendingPlans)
    .where(and(inArray(spendingPlans.projectId, ids), eq(spendingPlans.fiscalYear, fiscalYear)));
  plans.forEach((plan) =>
    facts.set(plan.projectId, {
      allocationSatang: plan.allocationSatang,
      planMonthly: months(),
      disbursedMonthly: months(),
      procurement: null,
    }),
  );
  const planMonths = await tx
    .select()
    .from(spendingPlanMonths)
    .where(and(inArray(spendingPlanMonths.projectId, ids), eq(spendingPlanMonths.fiscalYear, fiscalYear)));
  planMonths.forEach((month) => {
    const found = facts.get(month.projectId);
    if (found) {
      found.planMonthly[month.fiscalMonth - 1] = month.plannedSatang;
    }
  });
  const actuals = await tx
    .select()
    .from(spendingActuals)
    .where(
      and(
        inArray(spendingActuals.projectId, ids),
        eq(spendingActuals.fiscalYear, fiscalYear),
        eq(spendingActuals.funds, 'budget'),
      ),
    );
  actuals.forEach((actual) => {
    const found = facts.get(actual.projectId);
    if (found) {
      found.disbursedMonthly[actual.fiscalMonth - 1] = actual.disbursedSatang;
    }
  });
  const steps = await tx
    .select()
    .from(procurements)
    .where(and(inArray(procurements.projectId, ids), eq(procurements.fiscalYear, fiscalYear)));
  steps.forEach((step) => {
    const found = facts.get(step.projectId);
    if (found) {
      found.procurement = step;
    }
  });
  return facts;
}

/**
 * The last reported month of each province's year: the latest closed month or month with figures,
 * whichever is later.
 */
export async function reportedThroughByProvince(
  tx: Queryable,
  fiscalYear: number,
  provinces: readonly string[],
) {
  const through = new Map<string, number>();
  if (provinces.length === 0) {
    return through;
  }
  const closed = await tx
    .select({
      provinceCode: spendingMonthClosures.provinceCode,
      month: max(spendingMonthClosures.fiscalMonth),
    })
    .from(spendingMonthClosures)
    .where(
      and(
        eq(spendingMonthClosures.fiscalYear, fiscalYear),
        inArray(spendingMonthClosures.provinceCode, [...provinces]),
      ),
    )
    .groupBy(spendingMonthClosures.provinceCode);
  const reported = await tx
    .select({
      provinceCode: spendingActuals.provinceCode,
      month: sql<number>`max(${spendingActuals.fiscalMonth})`,
    })
    .from(spendingActuals)
    .where(
      and(eq(spendingActuals.fiscalYear, fiscalYear), inArray(spendingActuals.provinceCode, [...provinces])),
    )
    .groupBy(spendingActuals.provinceCode);
  for (const row of [...closed, ...reported]) {
    through.set(row.provinceCode, Math.max(through.get(row.provinceCode) ?? 0, Number(row.month ?? 0)));
  }
  return through;
}

/** Today in Bangkok, or the year's last day once the year is over. */
export function asOfDateFor(fiscalYear: number, now = new Date()): string {
  const today = toBangkokIsoDate(now);
  const { lastDay } = fiscalYearRange(fiscalYear);
  return today < lastDay ? today : lastDay;
}

export function assess(
  found: SpendingProject,
  loaded: Loaded,
  year: TargetYear | null,
  reportedThrough: number,
  asOfDate: string,
): Assessment {
  const step = loaded.procurement;
  return assessProject({
    ...loaded,
    reportedThrough,
    procurement: {
      torDate: step?.torDate ?? null,
      announcedDate: step?.announcedDate ?? null,
      biddingDate: step?.biddingDate ?? null,
      contractSignedDate: step?.contractSignedDate ?? null,
      inspectedDate: step?.inspectedDate ?? null,
      paidDate: step?.paidDate ?? null,
      contractValueSatang: step?.contractValueSatang ?? null,
    },
    targetClass: found.spendingClass,
    targets: year?.targets ?? [],
    deadlines: year?.deadlines ?? [],
    multiYear: found.multiYear,
    asOfDate,
  });
}
