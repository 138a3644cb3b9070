import type { SheetImportSummary } from '../../../../domain/plans/outputs.js';
import { eq, inArray } from 'drizzle-orm';
import { loadActor } from '../../../platform/auth/actor.js';
import { inActorTransaction } from '../../../platform/db/transaction.js';
import { readSheetRecords, rowsUnderKeyRow, type TabularRow } from '../../../platform/files/sheet.js';
import { AppError } from '../../../platform/http/errors.js';
import type { JobContext, JobItemReport, JobOutcome } from '../../../platform/jobs/runner.js';
import { controlCharacterItems, jobFailed, rowsRejected } from '../../../platform/jobs/outcomes.js';
import { storedFiles } from '../../../platform/jobs/tables.js';
import { areas } from '../../areas/tables.js';
import { loadEditableVersion } from '../access.js';
import { loadPlanVersionTree } from '../tree.js';
import { areaCodesInRows, type ImportContext, type RowVerdict } from './import-common.js';
import { saveItemSheet, saveKpiSheet } from './import-writes.js';
import { planItemImport } from './item-rows.js';
import { ITEM_REQUIRED_KEYS } from './item-sheet.js';
import { planKpiImport } from './kpi-rows.js';
import { KPI_REQUIRED_KEYS } from './kpi-sheet.js';

export const KPI_IMPORT_JOB = 'plans.importKpis';
export const ITEM_IMPORT_JOB = 'plans.importItems';

type Save = Parameters<typeof saveKpiSheet>[0];

type Sheet = {
  requiredKeys: readonly string[];
  areaKeys: readonly string[];
  /** Checks every row; returns each row's verdict and how to save the changes when all are good. */
  check(
    rows: TabularRow[],
    context: ImportContext,
  ): { verdicts: RowVerdict[]; save(save: Save): Promise<void> };
};

const SHEETS: Record<string, Sheet> = {
  [KPI_IMPORT_JOB]: {
    requiredKeys: KPI_REQUIRED_KEYS,
    areaKeys: ['area_code'],
    check(rows, context) {
      const { verdicts, changes } = planKpiImport(rows, context);
      return { verdicts, save: (save) => saveKpiSheet(save, changes) };
    },
  },
  [ITEM_IMPORT_JOB]: {
    requiredKeys: ITEM_REQUIRED_KEYS,
    areaKeys: ['area_codes'],
    check(rows, context) {
      const { verdicts, changes } = planItemImport(rows, context);
      return { verdicts, save: (save) => saveItemSheet(save, changes) };
    },
  },
};

function report(verdict: RowVerdict, saved: boolean): JobItemReport {
  if (verdict.messages.length > 0) {
    return { itemNo: verdict.rowNumber, ok: false, itemKey: verdict.key, messages: verdict.messages };
  }
  const changed = verdict.changed.filter((key) => key !== 'new');
  const message = !saved
    ? {
        th: 'แถวนี้ถูกต้อง (ไม่ได้บันทึกเพราะมีแถวอื่นผิด)',
        en: 'This row is fine (not saved because other rows are wrong)',
      }
    : verdict.changed.includes('new')
      ? { th: 'เพิ่มรายการใหม่', en: 'Added as a new item' }
      : changed.length > 0
        ? { th: `แก้ไข: ${changed.join(', ')}`, en: `Updated: ${changed.join(', ')}` }
        : { th: 'ไม่มีการเปลี่ยนแปลง', en: 'No change' };
  return { itemNo: verdict.rowNumber, ok: true, itemKey: verdict.key, messages: [message] };
}

/**
 * Imports a KPI or project-set sheet into a draft version: reads the upload, checks every row, and
 * only when no row is wrong saves all changes, all or nothing per job in short batches
 * (`saveKpiSheet`, `saveItemSheet`). Every row gets a report line.
 */
export async function runPlanSheetImport(context: JobContext): Promise<JobOutcome> {
  const { job, database } = context;
  const sheet = SHEETS[job.kind];
  const [file] = await database.db
    .select()
    .from(storedFiles)
    .where(eq(storedFiles.id, String(job.input.fileId ?? '')));
  if (!sheet || !file || !job.createdBy) {
    return jobFailed({ th: 'ไม่พบไฟล์ที่นำเข้า', en: 'The uploaded file is gone' });
  }
  try {
    const rows = rowsUnderKeyRow(await readSheetRecords(file.fileName, file.content), sheet.requiredKeys);
    await context.reportProgress(0, rows.length);
    const unsafe = await controlCharacterItems(rows);
    if (unsafe.length > 0) {
      await context.reportItems(unsafe);
      return rowsRejected(unsafe.length, rows.length);
    }
    const actor = await loadActor(database.db, job.createdBy);
    const versionId = String(job.input.versionId ?? '');
    const checked = await inActorTransaction(database, actor, async (tx) => {
      const visible = await loadEditableVersion(tx, actor, versionId);
      const tree = await loadPlanVersionTree(tx, versionId);
      const codes = areaCodesInRows(rows, sheet.areaKeys);
      const known =
        codes.length > 0
          ? await tx.select({ code: areas.code }).from(areas).where(inArray(areas.code, codes))
          : [];
      const years = Array.from(
        { length: tree.plan.periodEnd - tree.plan.periodStart + 1 },
        (_, index) => tree.plan.periodStart + index,
      );
      const importContext = { tree, years, knownAreas: new Set(known.map((area) => area.code)) };
      return { placement: visible.placement, ...sheet.check(rows, importContext) };
    });
    const saved = checked.verdicts.every((verdict) => verdict.messages.length === 0);
    if (saved) {
      await checked.save({ context, actor, placement: checked.placement, reason: `import ${job.id}` });
    }
    const outcome = { verdicts: checked.verdicts, saved };
    await context.reportItems(outcome.verdicts.map((verdict) => report(verdict, outcome.saved)));
    await context.reportProgress(rows.length, rows.length);
    const bad = outcome.verdicts.filter((verdict) => verdict.messages.length > 0).length;
    const changed = outcome.verdicts.filter((verdict) => verdict.changed.length > 0).length;
    const summary = {
      totalRows: rows.length,
      failedRows: bad,
      changedRows: outcome.saved ? changed : 0,
      unchangedRows: outcome.saved ? rows.length - changed : 0,
    } satisfies SheetImportSummary;
    if (!outcome.saved) {
      return { ...rowsRejected(bad, rows.length), result: summary };
    }
    return { status: 'succeeded', result: summary };
  } catch (error) {
    if (error instanceof AppError) {
      return jobFailed(error.messages, { code: error.code });
    }
    throw error;
  }
}
