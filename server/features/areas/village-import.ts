import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  VILLAGE_COLUMNS,
  validateVillageRows,
  type VillageRow,
} from '../../../domain/areas/village-import.js';
import { scopeCovers } from '../../../domain/auth/scope.js';
import { loadActor } from '../../platform/auth/actor.js';
import { isOpenArea } from './validity.js';
import { auditEvents } from '../../platform/audit/tables.js';
import { changedFields } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { readSheetRecords, rowsUnderHeader } from '../../platform/files/sheet.js';
import type { JobContext, JobOutcome } from '../../platform/jobs/runner.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { areaSearchDocument } from './service.js';
import { areas } from './tables.js';

export const VILLAGE_IMPORT_JOB = 'areas.importVillages';
const PROGRESS_EVERY = 250;
const CHUNK = 500;

function failed(th: string, en: string, result: Record<string, unknown> = {}): JobOutcome {
  return { status: 'failed', result, error: { th, en } };
}

/**
 * Imports villages from an uploaded CSV/XLSX: checks every row first and saves nothing if any row
 * is bad; otherwise inserts new villages and renames existing ones in one transaction.
 */
export async function runVillageImport(context: JobContext): Promise<JobOutcome> {
  const { job, database } = context;
  const fileId = String(job.input.fileId ?? '');
  const [file] = await database.db.select().from(storedFiles).where(eq(storedFiles.id, fileId));
  if (!file || !job.createdBy) {
    return failed('ไม่พบไฟล์ที่นำเข้า', 'The uploaded file is gone');
  }
  const tabular = rowsUnderHeader(await readSheetRecords(file.fileName, file.content));
  const header = Object.keys(tabular[0]?.values ?? {});
  const missingColumns = VILLAGE_COLUMNS.filter((column) => column !== 'name_en' && !header.includes(column));
  if (tabular.length === 0 || missingColumns.length > 0) {
    return failed(
      `ไฟล์ต้องมีคอลัมน์ ${VILLAGE_COLUMNS.join(', ')} และมีข้อมูลอย่างน้อย 1 แถว`,
      `The file needs columns ${VILLAGE_COLUMNS.join(', ')} and at least one row`,
    );
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
    return failed(
      `พบข้อผิดพลาด ${badRows.length} แถว จาก ${rows.length} แถว ไม่มีการบันทึกข้อมูลใด ๆ`,
      `${badRows.length} of ${rows.length} rows have errors; nothing was saved`,
      { failedRows: badRows.length, totalRows: rows.length },
    );
  }

  const saved = await inActorTransaction(database, actor, async (tx) => {
    let inserted = 0;
    let updated = 0;
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const existing = await tx
        .select()
        .from(areas)
        .where(
          inArray(
            areas.code,
            chunk.map((row) => row.code.trim()),
          ),
        );
      const existingByCode = new Map(existing.map((area) => [area.code, area]));
      const values = chunk.map((row) => {
        const code = row.code.trim();
        return {
          code,
          level: 'village' as const,
          parentCode: code.slice(0, 6),
          provinceCode: code.slice(0, 2),
          nameTh: row.nameTh.trim(),
          nameEn: row.nameEn.trim() || null,
          searchTokens: areaSearchDocument(row.nameTh, row.nameEn),
        };
      });
      await tx
        .insert(areas)
        .values(values)
        .onConflictDoUpdate({
          target: areas.code,
          set: {
            nameTh: sql`excluded.name_th`,
            nameEn: sql`excluded.name_en`,
            searchTokens: sql`excluded.search_tokens`,
            version: sql`${areas.version} + 1`,
            updatedAt: sql`now()`,
          },
        });
      const audits = values.flatMap((value) => {
        const before = existingByCode.get(value.code);
        const changes = changedFields(before ? { nameTh: before.nameTh, nameEn: before.nameEn } : null, {
          nameTh: value.nameTh,
          nameEn: value.nameEn,
        });
        if (before && Object.keys(changes).length === 0) {
          return [];
        }
        if (before) {
          updated += 1;
        } else {
          inserted += 1;
        }
        return [
          {
            actorUserId: actor.userId,
            entityType: 'area',
            entityId: value.code,
            action: before ? 'update' : 'create',
            changes,
            reason: `import ${job.id}`,
            provinceCode: value.provinceCode,
          },
        ];
      });
      if (audits.length > 0) {
        await tx.insert(auditEvents).values(audits);
      }
    }
    return { inserted, updated, unchanged: rows.length - inserted - updated };
  });
  await context.reportProgress(rows.length, rows.length);
  return { status: 'succeeded', result: { ...saved, totalRows: rows.length } };
}
