import { checkVersion } from '../../platform/http/versions.js';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { defaultMonthlyPlan } from '../../../domain/spending/plan-curve.js';
import type { PlanInput } from '../../../domain/spending/spending-input.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict } from '../../platform/http/errors.js';
import { assertMonthsOpen, loadRecordableProject, type SpendingProject } from './project-access.js';
import { loadTargetYear } from './targets.js';
import { spendingPlanMonths, spendingPlans } from './tables.js';

/** A project's plan for a year: allocation, the twelve months and the row version. */
export async function loadPlan(tx: Queryable, projectId: string, fiscalYear: number) {
  const [plan] = await tx
    .select()
    .from(spendingPlans)
    .where(and(eq(spendingPlans.projectId, projectId), eq(spendingPlans.fiscalYear, fiscalYear)));
  const months = await tx
    .select()
    .from(spendingPlanMonths)
    .where(and(eq(spendingPlanMonths.projectId, projectId), eq(spendingPlanMonths.fiscalYear, fiscalYear)))
    .orderBy(asc(spendingPlanMonths.fiscalMonth));
  const monthly = Array.from({ length: 12 }, () => 0n);
  months.forEach((month) => (monthly[month.fiscalMonth - 1] = month.plannedSatang));
  return plan ? { allocationSatang: plan.allocationSatang, version: plan.version, monthly } : null;
}

async function writePlan(
  tx: Queryable,
  actor: Actor,
  found: SpendingProject,
  fiscalYear: number,
  monthly: readonly bigint[],
  expected: number | null,
) {
  const before = await loadPlan(tx, found.project.id, fiscalYear);
  checkVersion(before?.version, expected);
  const changedMonths = monthly.flatMap((amount, index) =>
    (before?.monthly[index] ?? 0n) === amount ? [] : [index + 1],
  );
  await assertMonthsOpen(tx, found.scope.provinceCode, fiscalYear, before ? changedMonths : []);
  const allocationSatang = monthly.reduce((sum, amount) => sum + amount, 0n);
  const version = (before?.version ?? 0) + 1;
  await tx
    .insert(spendingPlans)
    .values({ ...found.scope, fiscalYear, allocationSatang, version })
    .onConflictDoUpdate({
      target: [spendingPlans.projectId, spendingPlans.fiscalYear],
      set: { allocationSatang, version, updatedAt: new Date() },
    });
  await tx
    .delete(spendingPlanMonths)
    .where(
      and(eq(spendingPlanMonths.projectId, found.project.id), eq(spendingPlanMonths.fiscalYear, fiscalYear)),
    );
  await tx.insert(spendingPlanMonths).values(
    monthly.map((plannedSatang, index) => ({
      ...found.scope,
      fiscalYear,
      fiscalMonth: index + 1,
      spendingClass: found.spendingClass,
      plannedSatang,
    })),
  );
  await recordAudit(tx, actor, {
    entityType: 'spending_plan',
    entityId: `${found.project.id}/${fiscalYear}`,
    action: before ? 'update' : 'create',
    provinceCode: found.scope.provinceCode,
    before: before ? { monthly: before.monthly.map(String) } : null,
    after: { monthly: monthly.map(String) },
  });
  return version;
}

/** Sets a project's monthly plan; the allocation is its sum (If-Match once a plan exists). */
export async function putPlan(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  expected: number | null,
  input: Omit<PlanInput, 'version'>,
): Promise<number> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const found = await loadRecordableProject(tx, actor, projectId);
    return writePlan(tx, actor, found, input.fiscalYear, input.monthly.map(BigInt), expected);
  });
}

/**
 * Lays an allocation (by default the project's total) on the year's target curve for the project's
 * class; refused once the project has a plan, which is then edited month by month.
 */
export async function putDefaultPlan(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  input: { fiscalYear: number; allocationSatang?: string | undefined },
): Promise<number> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const found = await loadRecordableProject(tx, actor, projectId);
    if (await loadPlan(tx, projectId, input.fiscalYear)) {
      throw conflict({
        th: 'โครงการมีแผนการใช้จ่ายของปีนี้แล้ว ให้แก้ไขรายเดือนแทน',
        en: 'The project already has a spending plan for this year; edit its months instead',
      });
    }
    const allocation = BigInt(input.allocationSatang ?? found.project.totalSatang);
    const targets = (await loadTargetYear(tx, input.fiscalYear))?.targets ?? [];
    const monthly = defaultMonthlyPlan(allocation, targets, found.spendingClass);
    return writePlan(tx, actor, found, input.fiscalYear, monthly, null);
  });
}
