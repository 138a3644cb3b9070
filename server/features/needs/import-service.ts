import { and, asc, eq, gt } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedFilter } from '../../../domain/needs/need-query.js';
import type { NeedSheetKey } from '../../../domain/needs/import-sheet.js';
import { formatSheetDate } from '../../../domain/needs/sheet-values.js';
import { NEED_ORIGIN_LABELS, NEED_STATUS_LABELS } from '../../../domain/needs/need.js';
import type { DatabaseDeps, JobDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction, inSystemTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';
import type { Upload } from '../../platform/http/upload.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { areas } from '../areas/tables.js';
import { presentJob } from '../jobs/service.js';
import { needFilterSql, needTextCondition } from './filters.js';
import { NEED_IMPORT_JOB } from './import-job.js';
import { writeNeedWorkbook } from './sheet.js';
import { needDimensions, needs } from './tables.js';

const EXPORT_LIMIT = 50_000;
const EXPORT_BATCH = 1000;

/** The empty import template with the lists sheet. */
export async function needImportTemplate(deps: DatabaseDeps, actor: Actor): Promise<Buffer> {
  authorize(actor, 'need.read');
  const dimensions = await inActorTransaction(deps.database, actor, (tx) =>
    tx.select().from(needDimensions).orderBy(asc(needDimensions.sortOrder)),
  );
  return writeNeedWorkbook([], dimensions);
}

function sheetRowOf(
  need: typeof needs.$inferSelect,
  areaNameTh: string | null,
  dimensionNameTh: string | null,
): Record<NeedSheetKey, string | number | null> {
  return {
    reference_no: need.referenceNo,
    area_code: need.areaCode,
    area_name: areaNameTh,
    title: need.title,
    description: need.description,
    origin: NEED_ORIGIN_LABELS[need.origin].th,
    source_document: need.sourceDocument,
    source_date: formatSheetDate(need.sourceDate),
    dimension: dimensionNameTh,
    households: need.households,
    people: need.people,
    source_priority: need.sourcePriority,
    fiscal_year: need.fiscalYear,
    status: NEED_STATUS_LABELS[need.status].th,
  };
}

/**
 * The filtered needs as the import template's columns, so the file can be edited and imported again.
 * Rows are read in keyset batches by reference number, so only sheet cells accumulate, not query rows.
 */
export async function exportNeeds(deps: DatabaseDeps, actor: Actor, filter: NeedFilter): Promise<Buffer> {
  authorize(actor, 'need.read');
  const { sheetRows, dimensions } = await inActorTransaction(deps.database, actor, async (tx) => {
    const text = filter.q ? await needTextCondition(tx, filter.q) : undefined;
    const where = needFilterSql(actor, filter, { text: text?.condition });
    const collected: Record<NeedSheetKey, string | number | null>[] = [];
    let after: string | null = null;
    while (collected.length < EXPORT_LIMIT) {
      const batch = await tx
        .select({ need: needs, areaNameTh: areas.nameTh, dimensionNameTh: needDimensions.nameTh })
        .from(needs)
        .leftJoin(areas, eq(areas.code, needs.areaCode))
        .leftJoin(needDimensions, eq(needDimensions.id, needs.dimensionId))
        .where(and(where, after === null ? undefined : gt(needs.referenceNo, after)))
        .orderBy(asc(needs.referenceNo))
        .limit(Math.min(EXPORT_BATCH, EXPORT_LIMIT - collected.length));
      batch.forEach((row) => collected.push(sheetRowOf(row.need, row.areaNameTh, row.dimensionNameTh)));
      after = batch.at(-1)?.need.referenceNo ?? null;
      if (batch.length < EXPORT_BATCH || after === null) {
        break;
      }
    }
    return {
      sheetRows: collected,
      dimensions: await tx.select().from(needDimensions).orderBy(asc(needDimensions.sortOrder)),
    };
  });
  return writeNeedWorkbook(sheetRows, dimensions);
}

/** Stores the uploaded workbook and queues the import job; the job reports progress and rows. */
export async function startNeedImport(deps: JobDeps, actor: Actor, readFile: () => Promise<Upload>) {
  authorize(actor, 'need.manage');
  const file = await readFile();
  if (!file.fileName.toLowerCase().endsWith('.xlsx')) {
    throw new AppError({
      status: 415,
      code: 'unsupported-file',
      message: {
        th: 'รองรับเฉพาะไฟล์ Excel (.xlsx) ตามแม่แบบ',
        en: 'Only Excel (.xlsx) files made from the template are accepted',
      },
    });
  }
  const job = await inSystemTransaction(deps.database, async (tx) => {
    const [stored] = await tx
      .insert(storedFiles)
      .values({
        fileName: file.fileName,
        mimeType: file.mimeType,
        sizeBytes: file.content.length,
        content: file.content,
        createdBy: actor.userId,
      })
      .returning({ id: storedFiles.id });
    if (!stored) {
      throw new Error('file insert returned no row');
    }
    return deps.jobs.enqueue(tx, {
      kind: NEED_IMPORT_JOB,
      input: { fileId: stored.id, fileName: file.fileName },
      createdBy: actor.userId,
      provinceCode: null,
    });
  });
  deps.jobs.wake();
  return presentJob(job);
}
