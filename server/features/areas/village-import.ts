import { and, eq } from 'drizzle-orm';
import {
  VILLAGE_COLUMNS,
  validateVillageRows,
  type VillageRow,
} from '../../../domain/areas/village-import.js';
import { scopeCovers } from '../../../domain/auth/scope.js';
import { loadActor } from '../../platform/auth/actor.js';
import { isOpenArea } from './validity.js';
import { readSheetRecords, rowsUnderHeader } from '../../platform/files/sheet.js';
import type { JobContext, JobOutcome } from '../../platform/jobs/runner.js';
import { controlCharacterItems, jobFailed, rowsRejected } from '../../platform/jobs/outcomes.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { saveVillages } from './village-import-save.js';
import { areas } from './tables.js';

export const VILLAGE_IMPORT_JOB = 'areas.importVillages';
const PROGRESS_EVERY = 250;

/**
 * Imports villages from an uploaded CSV/XLSX: checks every row first and saves nothing if any row
 * is bad (or holds a control character); otherwise inserts new villages and renames existing ones,
 * all or nothing (see `saveVillages`).
 */
export async function runVillageImport(context: JobContext): Promise<JobOutcome> {
  const { job, database } = context;
  const fileId = String(job.input.fileId ?? '');
  const [file] = await database.db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  if (!file || !job.createdBy) {
    return jobFailed({ th: 'ไม่พบไฟล์ที่นำเข้า', en: 'The uploaded file is gone' });
  }
  const tabular = rowsUnderHeader(await readSheetRecords(file.fileName, file.content));
  const header = Object.keys(tabular[0]?.values ?? {});
  const missingColumns = VILLAGE_COLUMNS.filter((column) => column !== 'name_en' && !header.includes(column));
  if (tabular.length === 0 || missingColumns.length > 0) {
    return jobFailed({
      th: `ไฟล์ต้องมีคอลัมน์ ${VILLAGE_COLUMNS.join(', ')} และมีข้อมูลอย่างน้อย 1 แถว`,
      en: `The file needs columns ${VILLAGE_COLUMNS.join(', ')} and at least one row`,
    });
  }
  const unsafe = await controlCharacterItems(tabular);
  if (unsafe.length > 0) {
    await context.reportItems(unsafe);
    return rowsRejected(unsafe.length, tabular.length);
  }
  const rows: VillageRow[] = tabular.map((row) => ({
    rowNumber: row.rowNumber,
    code: row.values.code ?? '',
    nameTh: row.values.name_th ?? '',
    nameEn: row.values.name_en ?? '',
  }));
  await context.reportProgress(0, rows.length);

  const actor = await loadActor(database.db, job.createdBy);
  const subdistrictRows = await database.db
    .select({ code: areas.code })
    .from(areas)
    .where(and(eq(areas.level, 'subdistrict'), isOpenArea()));
  const subdistricts = new Set(subdistrictRows.map((row) => row.code));
  const canCapture = (code: string) =>
    actor.roles.some((role) => role === 'system_admin' || role === 'provincial_planner') &&
    scopeCovers(actor.captureScope, code);

  const seenCodes = new Map<string, number>();
  const verdicts = [];
  for (let start = 0; start < rows.length; start += PROGRESS_EVERY) {
    verdicts.push(
      ...validateVillageRows(
        rows.slice(start, start + PROGRESS_EVERY),
        { subdistricts, canCapture },
        seenCodes,
      ),
    );
    await context.reportProgress(Math.min(start + PROGRESS_EVERY, rows.length), rows.length);
  }
  const badRows = verdicts.filter((verdict) => verdict.problems.length > 0);
  if (badRows.length > 0) {
    await context.reportItems(
      badRows.map((verdict) => ({
        itemNo: verdict.rowNumber,
        ok: false,
        itemKey: verdict.code,
        messages: verdict.problems,
      })),
    );
    return rowsRejected(badRows.length, rows.length);
  }

  const saved = await saveVillages(context, actor, rows);
  await context.reportProgress(rows.length, rows.length);
  return { status: 'succeeded', result: { ...saved, totalRows: rows.length } };
}
