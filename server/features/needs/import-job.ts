import { and, eq, inArray } from 'drizzle-orm';
import { decide, type Actor } from '../../../domain/auth/policy.js';
import {
  validateNeedRow,
  type NeedImportContext,
  type NeedRowVerdict,
  type NeedSheetRow,
} from '../../../domain/needs/import-sheet.js';
import { changedFacts } from '../../../domain/needs/need.js';
import { fiscalYearOf } from '../../../domain/thai/index.js';
import { loadActor } from '../../platform/auth/actor.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { Tx } from '../../platform/db/client.js';
import type { JobContext, JobOutcome } from '../../platform/jobs/runner.js';
import { controlCharacterItems, jobFailed, rowsRejected } from '../../platform/jobs/outcomes.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { areas } from '../areas/tables.js';
import { isOpenArea } from '../areas/public.js';
import { needsInViewScope, type NeedRow } from './access.js';
import { planNeedWrites, saveNeedWrites } from './import-save.js';
import { factsOf } from './writes.js';
import { readNeedWorkbook } from './sheet.js';
import { needDimensions, needs } from './tables.js';

export const NEED_IMPORT_JOB = 'needs.import';
const PROGRESS_EVERY = 250;
const CHUNK = 500;

async function importContext(tx: Tx, actor: Actor, rows: readonly NeedSheetRow[]) {
  const codes = [...new Set(rows.map((row) => row.cells.area_code.trim()).filter(Boolean))];
  const references = [
    ...new Set(rows.map((row) => row.cells.reference_no.trim().toUpperCase()).filter(Boolean)),
  ];
  const openAreas = new Set<string>();
  for (let start = 0; start < codes.length; start += CHUNK) {
    const found = await tx
      .select({ code: areas.code })
      .from(areas)
      .where(and(inArray(areas.code, codes.slice(start, start + CHUNK)), isOpenArea()));
    found.forEach((area) => openAreas.add(area.code));
  }
  const existing = new Map<string, NeedRow>();
  for (let start = 0; start < references.length; start += CHUNK) {
    const found = await tx
      .select()
      .from(needs)
      .where(
        and(needsInViewScope(actor), inArray(needs.referenceNo, references.slice(start, start + CHUNK))),
      );
    found.forEach((need) => existing.set(need.referenceNo, need));
  }
  const dimensionRows = await tx.select().from(needDimensions);
  const dimensions = new Map<string, number>();
  for (const dimension of dimensionRows) {
    [dimension.nameTh, dimension.nameEn ?? '', String(dimension.id)]
      .filter(Boolean)
      .forEach((name) => dimensions.set(name.toLowerCase(), dimension.id));
  }
  const context: NeedImportContext = {
    openAreas,
    dimensions,
    inactiveDimensionIds: new Set(
      dimensionRows.filter((dimension) => !dimension.isActive).map((dimension) => dimension.id),
    ),
    knownReferences: new Map(
      [...existing].map(([reference, need]) => [
        reference,
        { provinceCode: need.provinceCode, facts: factsOf(need) },
      ]),
    ),
    canCapture: (code) => decide(actor, 'need.manage', code).allowed,
    defaultFiscalYear: fiscalYearOf(new Date()),
  };
  return { context, existing };
}

/** Row problems that need the stored row: a merged need, or one outside the capture scope, cannot change. */
function storedRowProblems(
  verdict: NeedRowVerdict,
  existing: ReadonlyMap<string, NeedRow>,
  actor: Actor,
): NeedRowVerdict {
  const reference = verdict.value?.referenceNo;
  const current = reference ? existing.get(reference) : undefined;
  if (!verdict.value || !current || changedFacts(factsOf(current), verdict.value.facts).length === 0) {
    return verdict;
  }
  const problems = [...verdict.problems];
  if (current.status === 'merged') {
    problems.push({
      field: 'reference_no',
      th: `${reference} ถูกรวมกับความต้องการอื่นแล้ว แก้ไขไม่ได้`,
      en: `${reference} was merged into another need and cannot change`,
    });
  } else if (!decide(actor, 'need.manage', current.areaCode).allowed) {
    problems.push({
      field: 'reference_no',
      th: `${reference} อยู่นอกขอบเขตที่คุณบันทึกได้`,
      en: `${reference} is outside your capture scope`,
    });
  }
  return problems.length === verdict.problems.length ? verdict : { ...verdict, problems, value: null };
}

/**
 * Imports a needs workbook: checks every row first and saves nothing if any row is bad; otherwise
 * adds new needs and updates those named by reference number, all or nothing per job in short
 * batches (`saveNeedWrites`).
 */
export async function runNeedImport(context: JobContext): Promise<JobOutcome> {
  const { job, database } = context;
  const [file] = await database.db
    .select()
    .from(storedFiles)
    .where(eq(storedFiles.id, String(job.input.fileId ?? '')));
  if (!file || !job.createdBy) {
    return jobFailed({ th: 'ไม่พบไฟล์ที่นำเข้า', en: 'The uploaded file is gone' });
  }
  const reading = await readNeedWorkbook(file.fileName, file.content);
  if (!reading.ok) {
    return jobFailed(reading.message);
  }
  if (reading.rows.length === 0) {
    return jobFailed({ th: 'ไฟล์ไม่มีข้อมูลความต้องการ', en: 'The file holds no needs' });
  }
  const rows = reading.rows;
  const unsafe = await controlCharacterItems(
    rows.map((row) => ({ rowNumber: row.rowNumber, values: row.cells })),
  );
  if (unsafe.length > 0) {
    await context.reportItems(unsafe);
    return rowsRejected(unsafe.length, rows.length);
  }
  const actor = await loadActor(database.db, job.createdBy);
  if (!decide(actor, 'need.manage').allowed) {
    return jobFailed({ th: 'คุณไม่มีสิทธิ์นำเข้าความต้องการ', en: 'You are not allowed to import needs' });
  }
  await context.reportProgress(0, rows.length);
  const { context: checks, existing } = await inActorTransaction(database, actor, (tx) =>
    importContext(tx, actor, rows),
  );
  const seen = new Map<string, number>();
  const verdicts: NeedRowVerdict[] = [];
  for (let start = 0; start < rows.length; start += PROGRESS_EVERY) {
    for (const row of rows.slice(start, start + PROGRESS_EVERY)) {
      verdicts.push(storedRowProblems(validateNeedRow(row, checks, seen), existing, actor));
    }
    await context.reportProgress(Math.min(start + PROGRESS_EVERY, rows.length), rows.length);
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
  const checked = verdicts.flatMap((verdict) =>
    verdict.value
      ? [{ rowNumber: verdict.rowNumber, facts: verdict.value.facts, referenceNo: verdict.value.referenceNo }]
      : [],
  );
  const { writes, unchanged } = planNeedWrites(checked, existing);
  const reports = [...unchanged, ...(await saveNeedWrites(context, actor, writes))];
  const inserted = writes.filter((write) => write.action === 'create').length;
  const saved = { inserted, updated: writes.length - inserted, unchanged: unchanged.length };
  await context.reportItems(reports.sort((a, b) => a.itemNo - b.itemNo));
  await context.reportProgress(rows.length, rows.length);
  return { status: 'succeeded', result: { ...saved, totalRows: rows.length } };
}
