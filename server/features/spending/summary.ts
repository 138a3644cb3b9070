import { and, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { TARGET_CLASSES, type TargetClass } from '../../../domain/spending/budget-class.js';
import { cumulative, percentOf } from '../../../domain/spending/plan-curve.js';
import type { SpendingSummary } from '../../../domain/spending/spending-response.js';
import { targetPctAt } from '../../../domain/spending/targets.js';
import { FISCAL_MONTHS } from '../../../domain/spending/months.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid } from '../../platform/http/errors.js';
import { clusterMemberships } from '../areas/tables.js';
import { spendingRollups } from './tables.js';
import { loadTargetYear } from './targets.js';

type SummaryQuery = {
  fiscalYear: number;
  level: 'national' | 'cluster' | 'province';
  code?: string | undefined;
};

/**
 * Which roll-up rows a level sums. A province: its own projects (cluster projects are their
 * cluster's). A cluster: its cluster projects and its member provinces' own projects. The nation:
 * every row once; each row belongs to exactly one project owner, so nothing counts twice.
 */
async function levelFilter(tx: Queryable, query: SummaryQuery): Promise<SQL | undefined> {
  if (query.level === 'national') {
    return undefined;
  }
  if (!query.code) {
    throw invalid([
      {
        path: 'code',
        message: { th: 'ต้องระบุรหัสจังหวัดหรือกลุ่มจังหวัด', en: 'A province or cluster code is required' },
      },
    ]);
  }
  if (query.level === 'province') {
    return and(eq(spendingRollups.provinceCode, query.code), eq(spendingRollups.clusterKey, 0));
  }
  const clusterId = Number(query.code);
  const members = await tx
    .select({ provinceCode: clusterMemberships.provinceCode })
    .from(clusterMemberships)
    .where(and(eq(clusterMemberships.clusterId, clusterId), isNull(clusterMemberships.validTo)));
  const own = members.length
    ? and(
        eq(spendingRollups.clusterKey, 0),
        inArray(
          spendingRollups.provinceCode,
          members.map((m) => m.provinceCode),
        ),
      )
    : undefined;
  return or(and(ne(spendingRollups.clusterKey, 0), eq(spendingRollups.clusterKey, clusterId)), own);
}

/** Disbursed against plan and target per month and class for a province, cluster or the nation. */
export async function spendingSummary(
  deps: DatabaseDeps,
  actor: Actor,
  query: SummaryQuery,
): Promise<SpendingSummary> {
  authorize(actor, 'spending.read', query.level === 'province' ? query.code : undefined);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const filter = await levelFilter(tx, query);
    const rows = await tx
      .select({
        fiscalMonth: spendingRollups.fiscalMonth,
        spendingClass: spendingRollups.spendingClass,
        funds: spendingRollups.funds,
        planned: sql<string>`sum(${spendingRollups.plannedSatang})::text`,
        committed: sql<string>`sum(${spendingRollups.committedSatang})::text`,
        disbursed: sql<string>`sum(${spendingRollups.disbursedSatang})::text`,
      })
      .from(spendingRollups)
      .where(and(eq(spendingRollups.fiscalYear, query.fiscalYear), filter))
      .groupBy(spendingRollups.fiscalMonth, spendingRollups.spendingClass, spendingRollups.funds);
    const targets = (await loadTargetYear(tx, query.fiscalYear))?.targets ?? [];
    const classRows = (budgetClass: TargetClass) =>
      rows.filter((row) => budgetClass === 'overall' || row.spendingClass === budgetClass);
    const monthly = (budgetClass: TargetClass, pick: (row: (typeof rows)[number]) => string, funds: string) =>
      FISCAL_MONTHS.map((month) =>
        classRows(budgetClass)
          .filter((row) => row.fiscalMonth === month && row.funds === funds)
          .reduce((sum, row) => sum + BigInt(pick(row)), 0n),
      );
    return {
      fiscalYear: query.fiscalYear,
      level: query.level,
      code: query.code ?? null,
      classes: TARGET_CLASSES.map((budgetClass) => {
        const planned = cumulative(monthly(budgetClass, (row) => row.planned, 'budget'));
        const committed = cumulative(monthly(budgetClass, (row) => row.committed, 'budget'));
        const disbursed = cumulative(monthly(budgetClass, (row) => row.disbursed, 'budget'));
        const carried = cumulative(monthly(budgetClass, (row) => row.disbursed, 'carry_over'));
        const allocation = planned[11] ?? 0n;
        return {
          budgetClass,
          allocationSatang: allocation.toString(),
          months: FISCAL_MONTHS.map((month, index) => ({
            fiscalMonth: month,
            plannedCumSatang: (planned[index] ?? 0n).toString(),
            committedCumSatang: (committed[index] ?? 0n).toString(),
            disbursedCumSatang: (disbursed[index] ?? 0n).toString(),
            carryOverDisbursedCumSatang: (carried[index] ?? 0n).toString(),
            disbursedPct: percentOf(disbursed[index] ?? 0n, allocation),
            targetPct: targetPctAt(targets, budgetClass, month),
          })),
        };
      }),
    };
  });
}
