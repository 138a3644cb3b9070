import { checkVersion } from '../../platform/http/versions.js';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { procurementDateProblem } from '../../../domain/spending/procurement.js';
import { carryOverAvailable } from '../../../domain/spending/rollup.js';
import type { CarryOverInput, ProcurementInput } from '../../../domain/spending/spending-input.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { actualTotals } from './actuals.js';
import { loadPlan } from './plans.js';
import { loadRecordableProject } from './project-access.js';
import { carryOvers, procurements } from './tables.js';

export async function loadProcurement(tx: Queryable, projectId: string, fiscalYear: number) {
  const [row] = await tx
    .select()
    .from(procurements)
    .where(and(eq(procurements.projectId, projectId), eq(procurements.fiscalYear, fiscalYear)));
  return row ?? null;
}

/** Sets a project's procurement steps and contract for a year (If-Match once recorded); audited. */
export async function putProcurement(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  fiscalYear: number,
  expected: number | null,
  input: Omit<ProcurementInput, 'version'>,
): Promise<number> {
  const problem = procurementDateProblem(input);
  if (problem) {
    throw invalid([{ path: 'contractSignedDate', message: problem }]);
  }
  return inActorTransaction(deps.database, actor, async (tx) => {
    const found = await loadRecordableProject(tx, actor, projectId);
    const before = await loadProcurement(tx, projectId, fiscalYear);
    checkVersion(before?.version, expected);
    const values = {
      ...input,
      contractValueSatang: input.contractValueSatang === null ? null : BigInt(input.contractValueSatang),
    };
    const version = (before?.version ?? 0) + 1;
    await tx
      .insert(procurements)
      .values({ ...found.scope, fiscalYear, ...values, version })
      .onConflictDoUpdate({
        target: [procurements.projectId, procurements.fiscalYear],
        set: { ...values, version, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      entityType: 'procurement',
      entityId: `${projectId}/${fiscalYear}`,
      action: before ? 'update' : 'create',
      provinceCode: found.scope.provinceCode,
      before: before
        ? { ...before, contractValueSatang: before.contractValueSatang?.toString() ?? null }
        : null,
      after: { ...input },
    });
    return version;
  });
}

/**
 * Carries unpaid committed money of a year into the next (กันเงินไว้เบิกเหลื่อมปี): at most what was
 * committed and not paid, within the allocation; the next year pays it as carry-over funds, which
 * never count as that year's own budget.
 */
export async function putCarryOver(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  input: CarryOverInput,
) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const found = await loadRecordableProject(tx, actor, projectId);
    const plan = await loadPlan(tx, projectId, input.fromFiscalYear);
    const totals = await actualTotals(tx, projectId, input.fromFiscalYear, 'budget');
    const available = carryOverAvailable({
      allocationSatang: plan?.allocationSatang ?? 0n,
      committedSatang: totals.committed,
      disbursedSatang: totals.disbursed,
    });
    if (BigInt(input.amountSatang) > available) {
      throw conflict({
        th: `กันเงินไว้เบิกเหลื่อมปีได้ไม่เกิน ${available} สตางค์ (ยอดก่อหนี้ที่ยังไม่เบิกจ่าย)`,
        en: `At most ${available} satang can be carried over (committed and not yet paid)`,
      });
    }
    const values = { ...input, amountSatang: BigInt(input.amountSatang) };
    await tx
      .insert(carryOvers)
      .values({ ...found.scope, ...values })
      .onConflictDoUpdate({
        target: [carryOvers.projectId, carryOvers.fromFiscalYear],
        set: { ...values, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      entityType: 'carry_over',
      entityId: `${projectId}/${input.fromFiscalYear}`,
      action: 'set',
      provinceCode: found.scope.provinceCode,
      after: { ...input },
    });
  });
}
