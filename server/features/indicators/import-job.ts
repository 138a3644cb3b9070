import { eq } from 'drizzle-orm';
import {
  checkValueRows,
  INDICATOR_VALUE_COLUMNS,
  type IndicatorValueRow,
  type ValueRowVerdict,
} from '../../../domain/indicators/value-rows.js';
import { decide } from '../../../domain/auth/policy.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { loadActor } from '../../platform/auth/actor.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { readSheetRecords, rowsUnderHeader } from '../../platform/files/sheet.js';
import type { JobContext, JobOutcome } from '../../platform/jobs/runner.js';
import { controlCharacterItems, jobFailed, rowsRejected } from '../../platform/jobs/outcomes.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { saveIndicatorValues } from './import-save.js';
import { existingAreaCodes, indicatorsByCode } from './values.js';

export const INDICATOR_IMPORT_JOB = 'indicators.importValues';
const CHUNK = 2_000;
const REQUIRED = ['indicator_code', 'area_code', 'year'] as const;

/**
 * Imports indicator figures from an uploaded CSV (UTF-8 or Windows-874) or XLSX by area code:
 * checks every row first and saves nothing if any row is bad, reporting each bad row; otherwise
 * writes all figures in short batches, all or nothing (see `saveIndicatorValues`).
 */
export async function runIndicatorImport(context: JobContext): Promise<JobOutcome> {
  const { job, database } = context;
  const [file] = await database.db
    .select()
    .from(storedFiles)
    .where(eq(storedFiles.id, String(job.input.fileId ?? '')));
  if (!file || !job.createdBy) {
    return jobFailed({ th: 'ไม่พบไฟล์ที่นำเข้า', en: 'The uploaded file is gone' });
  }
  const tabular = rowsUnderHeader(await readSheetRecords(file.fileName, file.content));
  const header = Object.keys(tabular[0]?.values ?? {});
  if (tabular.length === 0 || REQUIRED.some((column) => !header.includes(column))) {
    return jobFailed({
      th: `ไฟล์ต้องมีคอลัมน์ ${INDICATOR_VALUE_COLUMNS.join(', ')} และมีข้อมูลอย่างน้อย 1 แถว`,
      en: `The file needs columns ${INDICATOR_VALUE_COLUMNS.join(', ')} and at least one row`,
    });
  }
  const unsafe = await controlCharacterItems(tabular);
  if (unsafe.length > 0) {
    await context.reportItems(unsafe);
    return rowsRejected(unsafe.length, tabular.length);
  }
  const rows: IndicatorValueRow[] = tabular.map(({ rowNumber, values }) => ({
    rowNumber,
    indicatorCode: values.indicator_code ?? '',
    areaCode: values.area_code ?? '',
    year: values.year ?? '',
    value: values.value ?? '',
    numerator: values.numerator ?? '',
    denominator: values.denominator ?? '',
  }));
  await context.reportProgress(0, rows.length);

  const actor = await loadActor(database.db, job.createdBy);
  const indicators = await indicatorsByCode(database.db);
  const canCapture = (code: string) => decide(actor, 'indicator.import', code).allowed;
  const seen = new Map<string, number>();
  const verdicts: ValueRowVerdict[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const open = await existingAreaCodes(
      database.db,
      chunk.map((row) => row.areaCode.trim()),
    );
    const thisYear = new Date().getFullYear() + 543;
    verdicts.push(
      ...checkValueRows(
        chunk,
        {
          indicators,
          areaExists: (code) => open.has(code),
          canCapture,
          years: { min: 2540, max: thisYear + 1 },
        },
        seen,
      ),
    );
    await context.reportProgress(Math.min(start + CHUNK, rows.length), rows.length);
  }
  const bad = verdicts.filter((verdict) => verdict.problems.length > 0);
  if (bad.length > 0) {
    await context.reportItems(
      bad.map((verdict) => ({
        itemNo: verdict.rowNumber,
        ok: false,
        itemKey: verdict.key,
        messages: verdict.problems,
      })),
    );
    return rowsRejected(bad.length, rows.length);
  }
  const values = verdicts.flatMap((verdict) => (verdict.value ? [verdict.value] : []));
  const saved = await saveIndicatorValues(context, actor, values);
  const provinces = [...new Set(values.map((value) => value.provinceCode))];
  await inActorTransaction(database, actor, async (tx) => {
    for (const provinceCode of provinces) {
      await recordAudit(tx, actor, {
        entityType: 'indicator_values',
        entityId: job.id,
        action: 'import',
        reason: `${values.filter((value) => value.provinceCode === provinceCode).length} rows`,
        provinceCode,
      });
    }
  });
  return { status: 'succeeded', result: { totalRows: rows.length, ...saved, failedRows: 0, provinces } };
}
