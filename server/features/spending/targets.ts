import { checkVersion } from '../../platform/http/versions.js';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { TargetInput, TargetYear, TargetYearInput } from '../../../domain/spending/targets.js';
import { FY2569_DEADLINES, FY2569_TARGETS } from '../../../domain/spending/targets-fy2569.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Database, Queryable } from '../../platform/db/client.js';
import { inActorTransaction, inSystemTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound } from '../../platform/http/errors.js';
import { spendingDeadlines, spendingTargets, spendingTargetYears } from './tables.js';

/** A year's targets and deadlines, or null when the year has none. */
export async function loadTargetYear(tx: Queryable, fiscalYear: number): Promise<TargetYear | null> {
  const [year] = await tx
    .select()
    .from(spendingTargetYears)
    .where(eq(spendingTargetYears.fiscalYear, fiscalYear));
  if (!year) {
    return null;
  }
  const targets = await tx
    .select()
    .from(spendingTargets)
    .where(eq(spendingTargets.fiscalYear, fiscalYear))
    .orderBy(asc(spendingTargets.budgetClass), asc(spendingTargets.quarter));
  const deadlines = await tx
    .select()
    .from(spendingDeadlines)
    .where(eq(spendingDeadlines.fiscalYear, fiscalYear))
    .orderBy(asc(spendingDeadlines.dueDate), asc(spendingDeadlines.kind));
  return {
    fiscalYear,
    targets: targets.map((row) => ({
      budgetClass: row.budgetClass,
      quarter: row.quarter as TargetInput['quarter'],
      cumulativePct: row.cumulativeHundredths / 100,
      sourceNote: row.sourceNote,
      verified: row.verified,
    })),
    deadlines: deadlines.map(({ kind, dueDate, sourceNote, verified }) => ({
      kind,
      dueDate,
      sourceNote,
      verified,
    })),
    version: year.version,
    updatedAt: year.updatedAt.toISOString(),
  };
}

async function replaceYearRows(tx: Queryable, fiscalYear: number, input: Omit<TargetYearInput, 'version'>) {
  await tx.delete(spendingTargets).where(eq(spendingTargets.fiscalYear, fiscalYear));
  await tx.delete(spendingDeadlines).where(eq(spendingDeadlines.fiscalYear, fiscalYear));
  await tx.insert(spendingTargets).values(
    input.targets.map(({ cumulativePct, ...target }) => ({
      ...target,
      fiscalYear,
      cumulativeHundredths: Math.round(cumulativePct * 100),
    })),
  );
  if (input.deadlines.length > 0) {
    await tx
      .insert(spendingDeadlines)
      .values(input.deadlines.map((deadline) => ({ ...deadline, fiscalYear })));
  }
}

/** The targets of a year (everyone who may read spending). */
export async function getTargetYear(
  deps: DatabaseDeps,
  actor: Actor,
  fiscalYear: number,
): Promise<TargetYear> {
  authorize(actor, 'spending.read');
  const year = await inActorTransaction(deps.database, actor, (tx) => loadTargetYear(tx, fiscalYear));
  if (!year) {
    throw notFound({
      th: `ยังไม่มีเป้าหมายการเบิกจ่ายปี ${fiscalYear}`,
      en: `No disbursement targets for FY${fiscalYear}`,
    });
  }
  return year;
}

/** Replaces a year's targets and deadlines (administrators; If-Match once the year exists); audited. */
export async function putTargetYear(
  deps: DatabaseDeps,
  actor: Actor,
  fiscalYear: number,
  expected: number | null,
  input: Omit<TargetYearInput, 'version'>,
): Promise<TargetYear> {
  authorize(actor, 'spending.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const before = await loadTargetYear(tx, fiscalYear);
    checkVersion(before?.version, expected);
    const version = (before?.version ?? 0) + 1;
    await tx
      .insert(spendingTargetYears)
      .values({ fiscalYear, updatedBy: actor.userId, version })
      .onConflictDoUpdate({
        target: spendingTargetYears.fiscalYear,
        set: { updatedBy: actor.userId, version, updatedAt: new Date() },
      });
    await replaceYearRows(tx, fiscalYear, input);
    const after = await loadTargetYear(tx, fiscalYear);
    await recordAudit(tx, actor, {
      entityType: 'spending_targets',
      entityId: String(fiscalYear),
      action: before ? 'update' : 'create',
      before: before ?? undefined,
      after: after ?? undefined,
    });
    return after as TargetYear;
  });
}

/** Writes a year's targets unless the year has some already (seeds only). */
export async function ensureTargetYear(
  tx: Queryable,
  fiscalYear: number,
  input: Omit<TargetYearInput, 'version'>,
): Promise<void> {
  if (await loadTargetYear(tx, fiscalYear)) {
    return;
  }
  await tx.insert(spendingTargetYears).values({ fiscalYear });
  await replaceYearRows(tx, fiscalYear, input);
}

/** Ships FY2569's targets on an installation that has none for the year. */
export async function seedSpendingTargets(database: Database): Promise<void> {
  await inSystemTransaction(database, (tx) =>
    ensureTargetYear(tx, 2569, { targets: [...FY2569_TARGETS], deadlines: [...FY2569_DEADLINES] }),
  );
}
