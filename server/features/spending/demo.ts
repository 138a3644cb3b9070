import { and, asc, eq, inArray } from 'drizzle-orm';
import { spendingClassOf } from '../../../domain/spending/budget-class.js';
import { calendarMonthOf } from '../../../domain/spending/months.js';
import { defaultMonthlyPlan } from '../../../domain/spending/plan-curve.js';
import { FY2569_TARGETS } from '../../../domain/spending/targets-fy2569.js';
import type { TargetInput } from '../../../domain/spending/targets.js';
import type { Database, Tx } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { projects } from '../projects/tables.js';
import {
  assumedTargetsFrom,
  closedYearPacePerMille,
  DEMO_2568_DEADLINES,
  demoContractValue,
  demoDisbursements,
  demoProcurementDates,
  demoProfile,
} from './demo-profile.js';
import {
  carryOvers,
  procurements,
  spendingActuals,
  spendingMonthClosures,
  spendingPlanMonths,
  spendingPlans,
} from './tables.js';
import { ensureTargetYear, loadTargetYear } from './targets.js';

/** The demo's FY2569 is reported through May (fiscal month 8); April and before are closed. */
export const DEMO_REPORTED_THROUGH = 8;
const SPENDING_STATUSES_BY_YEAR = {
  2569: ['in_action_plan', 'requested', 'allocated', 'spending', 'completed'],
  2568: ['allocated', 'spending', 'completed'],
} as const;

type DemoProject = typeof projects.$inferSelect;
type Rows = {
  plans: (typeof spendingPlans.$inferInsert)[];
  months: (typeof spendingPlanMonths.$inferInsert)[];
  actuals: (typeof spendingActuals.$inferInsert)[];
  procurements: (typeof procurements.$inferInsert)[];
  carryOvers: (typeof carryOvers.$inferInsert)[];
};

async function demoProjectsOf(tx: Tx, fiscalYear: 2568 | 2569) {
  return tx
    .select()
    .from(projects)
    .where(
      and(
        eq(projects.isDemo, true),
        eq(projects.fiscalYear, fiscalYear),
        inArray(projects.status, [...SPENDING_STATUSES_BY_YEAR[fiscalYear]]),
      ),
    )
    .orderBy(asc(projects.code));
}

/** The fiscal month a date (CE 'YYYY-MM-DD') falls in. */
const fiscalMonthOfDate = (date: string) => ((Number(date.slice(5, 7)) + 2) % 12) + 1;

function addYear(
  rows: Rows,
  project: DemoProject,
  targets: readonly TargetInput[],
  year: {
    fiscalYear: number;
    n: number;
    reportedThrough: number;
    pacePerMille: bigint;
    signed: 'on_time' | 'late' | 'never';
  },
) {
  const scope = { projectId: project.id, provinceCode: project.provinceCode, clusterId: project.clusterId };
  const spendingClass = spendingClassOf(project.budgetType);
  const plan = defaultMonthlyPlan(project.totalSatang, targets, spendingClass);
  const dates = demoProcurementDates(year.fiscalYear, year.n, year.signed);
  const contractValue = dates.contractSignedDate ? demoContractValue(project.totalSatang) : null;
  const paid = demoDisbursements(
    plan,
    year.pacePerMille,
    year.reportedThrough,
    contractValue ?? project.totalSatang,
  );
  const signedMonth = dates.contractSignedDate ? fiscalMonthOfDate(dates.contractSignedDate) : 0;
  rows.plans.push({ ...scope, fiscalYear: year.fiscalYear, allocationSatang: project.totalSatang });
  plan.forEach((plannedSatang, index) =>
    rows.months.push({
      ...scope,
      fiscalYear: year.fiscalYear,
      fiscalMonth: index + 1,
      spendingClass,
      plannedSatang,
    }),
  );
  for (let month = 1; month <= year.reportedThrough; month += 1) {
    rows.actuals.push({
      ...scope,
      fiscalYear: year.fiscalYear,
      fiscalMonth: month,
      funds: 'budget',
      spendingClass,
      committedSatang: month === signedMonth ? (contractValue ?? 0n) : 0n,
      disbursedSatang: paid[month - 1] ?? 0n,
      source: 'imported',
    });
  }
  const fullyPaid =
    contractValue !== null && paid.reduce((sum, amount) => sum + amount, 0n) === contractValue;
  const { year: endYear } = calendarMonthOf(year.fiscalYear, 12);
  rows.procurements.push({
    ...scope,
    fiscalYear: year.fiscalYear,
    ...dates,
    inspectedDate: fullyPaid ? `${endYear}-08-20` : null,
    paidDate: fullyPaid ? `${endYear}-09-10` : null,
    contractNo: contractValue ? `${year.n + 1}/${year.fiscalYear}` : null,
    contractValueSatang: contractValue,
    contractor: contractValue ? 'หจก. ตัวอย่างการโยธา (ข้อมูลสาธิต)' : null,
    egpNumber: contractValue ? `${String(year.fiscalYear - 2501)}${String(10_000_000 + year.n)}` : null,
  });
  return {
    scope,
    spendingClass,
    unpaid: (contractValue ?? 0n) - paid.reduce((sum, amount) => sum + amount, 0n),
  };
}

/** FY2568 leaves committed money unpaid on a few projects; FY2569 pays it as carry-over funds. */
function addCarryOver(rows: Rows, n: number, carried: ReturnType<typeof addYear>) {
  if (carried.unpaid <= 0n) {
    return;
  }
  const extended = n % 4 === 3;
  rows.carryOvers.push({
    ...carried.scope,
    fromFiscalYear: 2568,
    amountSatang: carried.unpaid,
    reason: 'ผู้รับจ้างส่งมอบงานงวดสุดท้ายไม่ทันสิ้นปีงบประมาณ (ข้อมูลสาธิต)',
    extendedTo: extended ? '2026-03-31' : null,
    extensionReason: extended ? 'ขยายระยะเวลาเบิกจ่ายตามเหตุแห่งความล่าช้าที่ได้รับอนุมัติ' : null,
  });
  const half = carried.unpaid / 2n;
  const payments = extended
    ? [[3, half]]
    : [
        [2, half],
        [4, carried.unpaid - half],
      ];
  for (const [month, amount] of payments as [number, bigint][]) {
    rows.actuals.push({
      ...carried.scope,
      fiscalYear: 2569,
      fiscalMonth: month,
      funds: 'carry_over',
      spendingClass: carried.spendingClass,
      committedSatang: 0n,
      disbursedSatang: amount,
      source: 'imported',
    });
  }
}

/**
 * Demo spending, labelled through its demo projects: FY2568 closed with carry-over into FY2569, and
 * FY2569 reported through May with a mix of on-track, late and at-risk projects. Runs after the
 * projects and budget demos; does nothing once demo projects have spending plans.
 */
export async function seedDemoSpending(database: Database): Promise<number> {
  return inSystemTransaction(database, async (tx) => {
    const [current, closed] = [await demoProjectsOf(tx, 2569), await demoProjectsOf(tx, 2568)];
    const ids = [...current, ...closed].map((project) => project.id);
    if (
      ids.length === 0 ||
      (await tx.select().from(spendingPlans).where(inArray(spendingPlans.projectId, ids)).limit(1)).length
    ) {
      return 0;
    }
    await ensureTargetYear(tx, 2568, {
      targets: assumedTargetsFrom(FY2569_TARGETS),
      deadlines: [...DEMO_2568_DEADLINES],
    });
    const targetsOf = async (fiscalYear: number) => (await loadTargetYear(tx, fiscalYear))?.targets ?? [];
    const [targets2568, targets2569] = [await targetsOf(2568), await targetsOf(2569)];
    const rows: Rows = { plans: [], months: [], actuals: [], procurements: [], carryOvers: [] };
    closed.forEach((project, n) => {
      const pacePerMille = closedYearPacePerMille(n);
      const year = { fiscalYear: 2568, n, reportedThrough: 12, pacePerMille, signed: 'on_time' as const };
      addCarryOver(rows, n, addYear(rows, project, targets2568, year));
    });
    current.forEach((project, n) => {
      const { pacePerMille, signed } = demoProfile(n);
      addYear(rows, project, targets2569, {
        fiscalYear: 2569,
        n,
        reportedThrough: DEMO_REPORTED_THROUGH,
        pacePerMille,
        signed,
      });
    });
    await tx.insert(spendingPlans).values(rows.plans);
    await tx.insert(spendingPlanMonths).values(rows.months);
    await tx.insert(spendingActuals).values(rows.actuals);
    await tx.insert(procurements).values(rows.procurements);
    if (rows.carryOvers.length) {
      await tx.insert(carryOvers).values(rows.carryOvers);
    }
    const provinces = [...new Set(rows.plans.map((plan) => plan.provinceCode))];
    const closures = provinces.flatMap((provinceCode) => [
      ...Array.from({ length: 12 }, (_, index) => ({
        provinceCode,
        fiscalYear: 2568,
        fiscalMonth: index + 1,
      })),
      ...Array.from({ length: DEMO_REPORTED_THROUGH - 1 }, (_, index) => ({
        provinceCode,
        fiscalYear: 2569,
        fiscalMonth: index + 1,
      })),
    ]);
    await tx.insert(spendingMonthClosures).values(closures);
    return rows.plans.length;
  });
}
