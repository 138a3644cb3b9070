import { and, eq, inArray } from 'drizzle-orm';
import { decide } from '../../../domain/auth/policy.js';
import { extractKeyOf, parseExtractRow, type ExtractRow } from '../../../domain/spending/import-row.js';
import { spendingClassOf } from '../../../domain/spending/budget-class.js';
import { loadActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { readSheetRecords, rowsUnderHeader } from '../../platform/files/sheet.js';
import type { JobContext, JobItemReport, JobOutcome } from '../../platform/jobs/runner.js';
import { controlCharacterItems, jobFailed, rowsRejected } from '../../platform/jobs/outcomes.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { matchExtractRows, type MatchedRow } from './import-match.js';
import { spendingActuals } from './tables.js';

const CHUNK = 500;

/** Rows keyed by the extract's column keys (Thai or English headings), unknown columns dropped. */
async function readExtract(fileName: string, content: Uint8Array) {
  return rowsUnderHeader(await readSheetRecords(fileName, content)).map(({ rowNumber, values }) => ({
    rowNumber,
    values: Object.fromEntries(
      Object.entries(values).flatMap(([heading, value]) => {
        const key = extractKeyOf(heading);
        return key ? [[key, value]] : [];
      }),
    ),
  }));
}

/**
 * Replaces the file's months: every imported figure of those months in the file's provinces goes,
 * then the file's rows (replacing any entered figure for the same project and month) come in, so
 * importing a month again never doubles it.
 */
async function replaceMonths(tx: Queryable, jobId: string, userId: string, rows: readonly MatchedRow[]) {
  const provinces = [...new Set(rows.map(({ project }) => project.provinceCode))];
  const months = new Set(rows.map(({ row }) => `${row.fiscalYear}|${row.fiscalMonth}`));
  for (const month of months) {
    const [fiscalYear, fiscalMonth] = month.split('|').map(Number);
    await tx
      .delete(spendingActuals)
      .where(
        and(
          eq(spendingActuals.fiscalYear, fiscalYear ?? 0),
          eq(spendingActuals.fiscalMonth, fiscalMonth ?? 0),
          eq(spendingActuals.source, 'imported'),
          inArray(spendingActuals.provinceCode, provinces),
        ),
      );
  }
  for (const { row, project } of rows) {
    await tx
      .delete(spendingActuals)
      .where(
        and(
          eq(spendingActuals.projectId, project.id),
          eq(spendingActuals.fiscalYear, row.fiscalYear),
          eq(spendingActuals.fiscalMonth, row.fiscalMonth),
          eq(spendingActuals.funds, row.funds),
        ),
      );
  }
  for (let start = 0; start < rows.length; start += CHUNK) {
    await tx.insert(spendingActuals).values(
      rows.slice(start, start + CHUNK).map(({ row, project }) => ({
        projectId: project.id,
        provinceCode: project.provinceCode,
        clusterId: project.clusterId,
        fiscalYear: row.fiscalYear,
        fiscalMonth: row.fiscalMonth,
        funds: row.funds,
        spendingClass: spendingClassOf(project.budgetType),
        committedSatang: row.committedSatang,
        disbursedSatang: row.disbursedSatang,
        source: 'imported' as const,
        importJobId: jobId,
        recordedBy: userId,
      })),
    );
  }
  return [...months];
}

/** Imports a monthly extract all or nothing: every row is checked first, then saved in one transaction. */
export async function runSpendingImport(context: JobContext): Promise<JobOutcome> {
  const { job, database } = context;
  const [file] = await database.db
    .select()
    .from(storedFiles)
    .where(eq(storedFiles.id, String(job.input.fileId ?? '')));
  if (!file || !job.createdBy) {
    return jobFailed({ th: 'ไม่พบไฟล์ที่นำเข้า', en: 'The uploaded file is gone' });
  }
  const tabular = await readExtract(file.fileName, file.content);
  if (tabular.length === 0) {
    return jobFailed({ th: 'ไฟล์ไม่มีข้อมูลการเบิกจ่าย', en: 'The file holds no spending rows' });
  }
  const unsafe = await controlCharacterItems(tabular);
  if (unsafe.length > 0) {
    await context.reportItems(unsafe);
    return rowsRejected(unsafe.length, tabular.length);
  }
  const actor = await loadActor(database.db, job.createdBy);
  if (!decide(actor, 'spending.record').allowed) {
    return jobFailed({ th: 'คุณไม่มีสิทธิ์นำเข้าข้อมูลการเบิกจ่าย', en: 'You are not allowed to import spending' });
  }
  await context.reportProgress(0, tabular.length);
  const parsed = tabular.map(({ rowNumber, values }) => ({ rowNumber, ...parseExtractRow(values) }));
  const valid = parsed.flatMap(({ rowNumber, row }) => (row ? [{ rowNumber, row: row as ExtractRow }] : []));
  const { matched, problems } = await inActorTransaction(database, actor, (tx) =>
    matchExtractRows(tx, actor, valid),
  );
  const bad: JobItemReport[] = parsed.flatMap(({ rowNumber, problems: own }) => {
    const messages = [...own, ...(problems.get(rowNumber) ?? [])];
    return messages.length > 0 ? [{ itemNo: rowNumber, ok: false, messages }] : [];
  });
  await context.reportProgress(tabular.length, tabular.length);
  if (bad.length > 0) {
    await context.reportItems(bad);
    return rowsRejected(bad.length, tabular.length);
  }
  const months = await inActorTransaction(database, actor, async (tx) => {
    const replaced = await replaceMonths(tx, job.id, actor.userId, matched);
    await recordAudit(tx, actor, {
      entityType: 'spending_import',
      entityId: job.id,
      action: 'import',
      after: { fileName: file.fileName, rows: matched.length, months: replaced },
    });
    return replaced;
  });
  await context.reportItems(
    matched.map(({ rowNumber, project }) => ({
      itemNo: rowNumber,
      ok: true,
      itemKey: project.code,
      messages: [{ th: 'นำเข้าแล้ว', en: 'Imported' }],
    })),
  );
  return { status: 'succeeded', result: { importedRows: matched.length, months } };
}
