import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { contractSavings, procurementStageOf } from '../../../domain/spending/procurement.js';
import type { ProcurementView, ProjectSpending } from '../../../domain/spending/spending-response.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { asOfDateFor, assess, loadSpendingFacts, reportedThroughByProvince } from './assessment.js';
import { loadSpendingProject } from './project-access.js';
import { loadPlan } from './plans.js';
import { carryOvers, procurements, spendingActuals } from './tables.js';
import { loadTargetYear } from './targets.js';
import { actualTotals } from './actuals.js';

function presentProcurement(
  row: typeof procurements.$inferSelect | null,
  allocation: bigint,
): ProcurementView {
  const dates = {
    torDate: row?.torDate ?? null,
    announcedDate: row?.announcedDate ?? null,
    biddingDate: row?.biddingDate ?? null,
    contractSignedDate: row?.contractSignedDate ?? null,
    inspectedDate: row?.inspectedDate ?? null,
    paidDate: row?.paidDate ?? null,
  };
  return {
    stage: procurementStageOf(dates),
    ...dates,
    contractNo: row?.contractNo ?? null,
    contractValueSatang: row?.contractValueSatang?.toString() ?? null,
    contractor: row?.contractor ?? null,
    egpNumber: row?.egpNumber ?? null,
    savingsSatang: contractSavings(allocation, row?.contractValueSatang ?? null).toString(),
    version: row?.version ?? 0,
  };
}

/** A project's year of spending: plan, actuals, procurement, carry-over, S-curve, status and forecast. */
export async function getProjectSpending(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  fiscalYear: number,
): Promise<ProjectSpending> {
  authorize(actor, 'spending.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const found = await loadSpendingProject(tx, actor, projectId);
    // A year without a plan (say, one that only pays carried-over money) shows as empty.
    const plan = (await loadPlan(tx, projectId, fiscalYear)) ?? {
      allocationSatang: 0n,
      version: 0,
      monthly: Array.from({ length: 12 }, () => 0n),
    };
    const loaded = (await loadSpendingFacts(tx, [projectId], fiscalYear)).get(projectId) ?? {
      allocationSatang: 0n,
      planMonthly: plan.monthly,
      disbursedMonthly: Array.from({ length: 12 }, () => 0n),
      procurement: null,
    };
    const year = await loadTargetYear(tx, fiscalYear);
    const through = (await reportedThroughByProvince(tx, fiscalYear, [found.scope.provinceCode])).get(
      found.scope.provinceCode,
    );
    const result = assess(found, loaded, year, through ?? 0, asOfDateFor(fiscalYear));
    const actuals = await tx
      .select()
      .from(spendingActuals)
      .where(and(eq(spendingActuals.projectId, projectId), eq(spendingActuals.fiscalYear, fiscalYear)))
      .orderBy(asc(spendingActuals.fiscalMonth), asc(spendingActuals.funds));
    const [carried] = await tx
      .select()
      .from(carryOvers)
      .where(and(eq(carryOvers.projectId, projectId), eq(carryOvers.fromFiscalYear, fiscalYear)));
    const carriedPaid = carried
      ? (await actualTotals(tx, projectId, fiscalYear + 1, 'carry_over')).disbursed
      : 0n;
    return {
      projectId,
      code: found.project.code,
      title: found.project.title,
      provinceCode: found.scope.provinceCode,
      clusterId: found.scope.clusterId,
      fiscalYear,
      allocationSatang: plan.allocationSatang.toString(),
      planMonthly: plan.monthly.map(String),
      planVersion: plan.version,
      actuals: actuals.map((row) => ({
        fiscalMonth: row.fiscalMonth,
        funds: row.funds,
        committedSatang: row.committedSatang.toString(),
        disbursedSatang: row.disbursedSatang.toString(),
        source: row.source,
        recordedBy: row.recordedBy,
        recordedAt: row.recordedAt.toISOString(),
      })),
      reportedThrough: through ?? 0,
      procurement: presentProcurement(loaded.procurement, plan.allocationSatang),
      carryOver: carried
        ? {
            fromFiscalYear: carried.fromFiscalYear,
            amountSatang: carried.amountSatang.toString(),
            disbursedSatang: carriedPaid.toString(),
            reason: carried.reason,
            extendedTo: carried.extendedTo,
            extensionReason: carried.extensionReason,
          }
        : null,
      sCurve: result.sCurve.map((point) => ({
        ...point,
        planCumSatang: point.planCumSatang.toString(),
        actualCumSatang: point.actualCumSatang?.toString() ?? null,
        targetCumSatang: point.targetCumSatang?.toString() ?? null,
      })),
      status: result.status,
      reasons: result.reasons,
      forecastSatang: result.forecastSatang.toString(),
      forecastPct: result.forecastPct,
    };
  });
}
