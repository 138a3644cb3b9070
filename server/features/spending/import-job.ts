import { eq } from 'drizzle-orm';
import { decide } from '../../../domain/auth/policy.js';
import { extractKeyOf, parseExtractRow, type ExtractRow } from '../../../domain/spending/import-row.js';
import { loadActor } from '../../platform/auth/actor.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { readSheetRecords, rowsUnderHeader } from '../../platform/files/sheet.js';
import type { JobContext, JobItemReport, JobOutcome } from '../../platform/jobs/runner.js';
import { controlCharacterItems, jobFailed, rowsRejected } from '../../platform/jobs/outcomes.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { matchExtractRows } from './import-match.js';
import { planSpendingWrites, saveSpendingWrites } from './import-save.js';

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
 * Imports a monthly extract all or nothing: every row is checked first, then the file's months are
 * replaced (every imported figure of those months in the file's provinces goes, and any entered
 * figure for the same project and month), so importing a month again never doubles it. The writes
 * go in short batches that are undone together if one fails (see `saveSpendingWrites`).
 */
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
  const { writes, months } = await inActorTransaction(database, actor, (tx) =>
    planSpendingWrites(tx, matched, file.fileName),
  );
  await saveSpendingWrites(context, actor, writes);
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
