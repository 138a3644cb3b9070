import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { spendingClassOf } from '../../../domain/spending/budget-class.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable, Tx } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { JobContext } from '../../platform/jobs/runner.js';
import { stagedRows, writeInBatches, type StagedUndo } from '../../platform/jobs/staged-writes.js';
import type { MatchedRow } from './import-match.js';
import { replacedBy, type ActualKey } from './import-replaces.js';
import { spendingActuals } from './tables.js';

/**
 * One staged step of a spending import, in order: the figures it replaces (their whole row is
 * added as `before` while staging, to put back on undo), the file's figures (money as satang text),
 * then the audit entry of the import.
 */
export type SpendingWrite =
  | ({ kind: 'remove' } & ActualKey)
  | ({
      kind: 'add';
      provinceCode: string;
      clusterId: number | null;
      spendingClass: string;
      committedSatang: string;
      disbursedSatang: string;
    } & ActualKey)
  | { kind: 'audit'; fileName: string; rows: number; months: string[] };

/** The stored figures importing the rows replaces (see `replacedBy`). */
async function replacedFigures(tx: Queryable, rows: readonly MatchedRow[]): Promise<ActualKey[]> {
  const provinces = [...new Set(rows.map(({ project }) => project.provinceCode))];
  const projectIds = [...new Set(rows.map(({ project }) => project.id))];
  const months = new Set(rows.map(({ row }) => `${row.fiscalYear}|${row.fiscalMonth}`));
  const replaced = replacedBy(rows);
  const found: ActualKey[] = [];
  for (const month of months) {
    const [fiscalYear, fiscalMonth] = month.split('|').map(Number);
    const figures = await tx
      .select()
      .from(spendingActuals)
      .where(
        and(
          eq(spendingActuals.fiscalYear, fiscalYear ?? 0),
          eq(spendingActuals.fiscalMonth, fiscalMonth ?? 0),
          or(
            and(eq(spendingActuals.source, 'imported'), inArray(spendingActuals.provinceCode, provinces)),
            inArray(spendingActuals.projectId, projectIds),
          ),
        ),
      );
    found.push(...figures.filter(replaced));
  }
  return found;
}

/** The staged writes that replace the file's months (see `replacedFigures`) with its rows. */
export async function planSpendingWrites(tx: Queryable, rows: readonly MatchedRow[], fileName: string) {
  const removes = (await replacedFigures(tx, rows)).map(
    ({ projectId, fiscalYear, fiscalMonth, funds }): SpendingWrite => ({
      kind: 'remove',
      projectId,
      fiscalYear,
      fiscalMonth,
      funds,
    }),
  );
  const adds = rows.map(({ row, project }): SpendingWrite => ({
    kind: 'add',
    projectId: project.id,
    provinceCode: project.provinceCode,
    clusterId: project.clusterId,
    fiscalYear: row.fiscalYear,
    fiscalMonth: row.fiscalMonth,
    funds: row.funds,
    spendingClass: spendingClassOf(project.budgetType),
    committedSatang: String(row.committedSatang),
    disbursedSatang: String(row.disbursedSatang),
  }));
  const months = [...new Set(rows.map(({ row }) => `${row.fiscalYear}|${row.fiscalMonth}`))];
  const audit: SpendingWrite = { kind: 'audit', fileName, rows: rows.length, months };
  return { writes: [...removes, ...adds, audit], months };
}

/** The whole current row of a figure to remove, kept in its staged payload. */
const withBeforeRow = (item: SQL) => sql`${item} || jsonb_build_object('before', (
  select to_jsonb(s) from spending_actuals s
  where ${item}->>'kind' = 'remove' and s.project_id = (${item}->>'projectId')::uuid
    and s.fiscal_year = (${item}->>'fiscalYear')::int and s.fiscal_month = (${item}->>'fiscalMonth')::int
    and s.funds = ${item}->>'funds'))`;

const sameFigure = sql`s.project_id = (p->>'projectId')::uuid and s.fiscal_year = (p->>'fiscalYear')::int
  and s.fiscal_month = (p->>'fiscalMonth')::int and s.funds = p->>'funds'`;

async function applySpendingBatch(tx: Tx, actor: Actor, jobId: string, batch: { from: number; to: number }) {
  const staged = stagedRows(jobId, batch.from, batch.to);
  await tx.execute(
    sql`delete from spending_actuals s using ${staged} where p->>'kind' = 'remove' and ${sameFigure}`,
  );
  await tx.execute(sql`
    insert into spending_actuals (project_id, province_code, cluster_id, fiscal_year, fiscal_month, funds,
      spending_class, committed_satang, disbursed_satang, source, import_job_id, recorded_by)
    select (p->>'projectId')::uuid, p->>'provinceCode', (p->>'clusterId')::int, (p->>'fiscalYear')::int,
      (p->>'fiscalMonth')::int, p->>'funds', p->>'spendingClass', (p->>'committedSatang')::bigint,
      (p->>'disbursedSatang')::bigint, 'imported', ${jobId}::uuid, ${actor.userId}::uuid
    from ${staged} where p->>'kind' = 'add'`);
}

/** Takes back applied spending writes: the file's figures go, the replaced ones come back as they were. */
export const undoSpendingWrites: StagedUndo<SpendingWrite> = async (tx, { from, to, items }, job) => {
  const staged = stagedRows(job.id, from, to);
  await tx.execute(
    sql`delete from spending_actuals s using ${staged} where p->>'kind' = 'add' and ${sameFigure}`,
  );
  await tx.execute(sql`
    insert into spending_actuals
    select (jsonb_populate_record(null::spending_actuals, p->'before')).*
    from ${staged} where p->>'kind' = 'remove' and jsonb_typeof(p->'before') = 'object'`);
  if (items.some((item) => item.kind === 'audit')) {
    await recordAudit(tx, job.createdBy ? { userId: job.createdBy } : null, {
      entityType: 'spending_import',
      entityId: job.id,
      action: 'undo',
      reason: `import ${job.id} undone`,
    });
  }
};

/** Saves the planned writes all or nothing per job, in short batches as the actor (see `writeInBatches`). */
export async function saveSpendingWrites(
  context: JobContext,
  actor: Actor,
  writes: readonly SpendingWrite[],
) {
  const { job, database } = context;
  await writeInBatches(context, writes, {
    enrich: withBeforeRow,
    transaction: (work) => inActorTransaction(database, actor, work),
    apply: async (tx, batch) => {
      await applySpendingBatch(tx, actor, job.id, batch);
      for (const item of batch.items) {
        if (item.kind === 'audit') {
          const { fileName, rows, months } = item;
          await recordAudit(tx, actor, {
            entityType: 'spending_import',
            entityId: job.id,
            action: 'import',
            after: { fileName, rows, months },
          });
        }
      }
    },
    undo: undoSpendingWrites,
  });
}
