import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { FundSource } from '../../../domain/spending/rollup.js';
import type { ActualInput, CloseMonthInput } from '../../../domain/spending/spending-input.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict } from '../../platform/http/errors.js';
import { assertMonthsOpen, loadRecordableProject } from './project-access.js';
import { carryOvers, spendingActuals, spendingMonthClosures } from './tables.js';

/** Sums of a project's actuals in a year from one fund source. */
export async function actualTotals(tx: Queryable, projectId: string, fiscalYear: number, funds: FundSource) {
  const [totals] = await tx
    .select({
      committed: sql<string>`coalesce(sum(${spendingActuals.committedSatang}), 0)::text`,
      disbursed: sql<string>`coalesce(sum(${spendingActuals.disbursedSatang}), 0)::text`,
    })
    .from(spendingActuals)
    .where(
      and(
        eq(spendingActuals.projectId, projectId),
        eq(spendingActuals.fiscalYear, fiscalYear),
        eq(spendingActuals.funds, funds),
      ),
    );
  return { committed: BigInt(totals?.committed ?? '0'), disbursed: BigInt(totals?.disbursed ?? '0') };
}

/** Carried-over money paid this year may not exceed what was carried over into it. */
export async function assertWithinCarryOver(
  tx: Queryable,
  projectId: string,
  fiscalYear: number,
  extra: bigint,
) {
  const [carried] = await tx
    .select({ amount: carryOvers.amountSatang })
    .from(carryOvers)
    .where(and(eq(carryOvers.projectId, projectId), eq(carryOvers.fromFiscalYear, fiscalYear - 1)));
  const paid = (await actualTotals(tx, projectId, fiscalYear, 'carry_over')).disbursed;
  if (!carried || paid + extra > carried.amount) {
    throw conflict({
      th: 'ยอดเบิกจ่ายเงินกันเหลื่อมปีเกินวงเงินที่กันไว้',
      en: 'Carried-over disbursement exceeds the amount carried over',
    });
  }
}

/** Records (replaces) a month's commitment and disbursement for a project, unless the month is closed. */
export async function recordActual(deps: DatabaseDeps, actor: Actor, projectId: string, input: ActualInput) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const found = await loadRecordableProject(tx, actor, projectId);
    const { fiscalYear, fiscalMonth, funds } = input;
    await assertMonthsOpen(tx, found.scope.provinceCode, fiscalYear, [fiscalMonth]);
    const key = and(
      eq(spendingActuals.projectId, projectId),
      eq(spendingActuals.fiscalYear, fiscalYear),
      eq(spendingActuals.fiscalMonth, fiscalMonth),
      eq(spendingActuals.funds, funds),
    );
    const [before] = await tx.select().from(spendingActuals).where(key);
    if (funds === 'carry_over') {
      const extra = BigInt(input.disbursedSatang) - (before?.disbursedSatang ?? 0n);
      await assertWithinCarryOver(tx, projectId, fiscalYear, extra);
    }
    await tx.delete(spendingActuals).where(key);
    const values = {
      ...found.scope,
      fiscalYear,
      fiscalMonth,
      funds,
      spendingClass: found.spendingClass,
      committedSatang: BigInt(input.committedSatang),
      disbursedSatang: BigInt(input.disbursedSatang),
      source: 'entered' as const,
      recordedBy: actor.userId,
    };
    await tx.insert(spendingActuals).values(values);
    await recordAudit(tx, actor, {
      entityType: 'spending_actual',
      entityId: `${projectId}/${fiscalYear}/${fiscalMonth}/${funds}`,
      action: before ? 'update' : 'create',
      provinceCode: found.scope.provinceCode,
      before: before
        ? { committedSatang: String(before.committedSatang), disbursedSatang: String(before.disbursedSatang) }
        : null,
      after: { committedSatang: input.committedSatang, disbursedSatang: input.disbursedSatang },
    });
  });
}

/** Closes a province's reported month: no entry or import may change it afterwards. */
export async function closeMonth(deps: DatabaseDeps, actor: Actor, input: CloseMonthInput): Promise<void> {
  authorize(actor, 'spending.close', input.provinceCode);
  await inActorTransaction(deps.database, actor, async (tx) => {
    await assertMonthsOpen(tx, input.provinceCode, input.fiscalYear, [input.fiscalMonth]);
    await tx.insert(spendingMonthClosures).values({ ...input, closedBy: actor.userId });
    await recordAudit(tx, actor, {
      entityType: 'spending_month',
      entityId: `${input.provinceCode}/${input.fiscalYear}/${input.fiscalMonth}`,
      action: 'close',
      provinceCode: input.provinceCode,
      after: { ...input },
    });
  });
}
