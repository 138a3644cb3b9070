import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ReportInput } from '../../../domain/programmes/programme-input.js';
import type { Report } from '../../../domain/programmes/responses.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { storeFile } from '../../platform/files/stored-files.js';
import {
  AppError,
  invalid,
  notFound,
  preconditionRequired,
  staleVersion,
} from '../../platform/http/errors.js';
import type { Upload } from '../../platform/http/upload.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { presentReport } from './presenter.js';
import { loadProgramme } from './programme-service.js';
import { programmeReportPhotos, programmeReports, programmeReportValues } from './tables.js';

const REPORT = { th: 'รายงานผล', en: 'Report' };
const PHOTO = { th: 'ภาพถ่าย', en: 'Photo' };
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** A province's reports of a programme (or one report by id), with figures and photos. */
export async function reportsOf(
  tx: Queryable,
  where: { programmeId: string; provinceCode: string } | { reportId: string },
): Promise<Report[]> {
  const rows = await tx
    .select()
    .from(programmeReports)
    .where(
      'reportId' in where
        ? eq(programmeReports.id, where.reportId)
        : and(
            eq(programmeReports.provinceCode, where.provinceCode),
            eq(programmeReports.programmeId, where.programmeId),
          ),
    )
    .orderBy(asc(programmeReports.periodIndex));
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) {
    return [];
  }
  const values = await tx
    .select()
    .from(programmeReportValues)
    .where(inArray(programmeReportValues.reportId, ids));
  const photos = await tx
    .select()
    .from(programmeReportPhotos)
    .where(inArray(programmeReportPhotos.reportId, ids))
    .orderBy(asc(programmeReportPhotos.createdAt));
  return rows.map((row) => presentReport(row, values, photos));
}

/**
 * Records (or replaces, with If-Match) a province's figures for one period. Every indicator must be
 * the programme's and the period one of its reporting periods.
 */
export async function submitReport(
  deps: DatabaseDeps,
  actor: Actor,
  programmeId: string,
  input: ReportInput,
  expected: number | null,
): Promise<Report> {
  authorize(actor, 'programme.report', input.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const programme = await loadProgramme(tx, programmeId);
    if (!programme.periods.some((period) => period.index === input.periodIndex)) {
      throw invalid([
        {
          path: 'periodIndex',
          message: {
            th: `โครงการนี้มีรอบรายงาน 1–${programme.periods.length}`,
            en: `This programme has reporting periods 1–${programme.periods.length}`,
          },
        },
      ]);
    }
    const known = new Set(programme.components.flatMap((c) => c.indicators.map((indicator) => indicator.id)));
    const foreign = input.values.findIndex((value) => !known.has(value.indicatorId));
    if (foreign >= 0) {
      throw invalid([
        {
          path: `values.${foreign}.indicatorId`,
          message: { th: 'ตัวชี้วัดนี้ไม่อยู่ในโครงการนี้', en: 'The indicator is not one of this programme' },
        },
      ]);
    }
    const key = and(
      eq(programmeReports.provinceCode, input.provinceCode),
      eq(programmeReports.programmeId, programmeId),
      eq(programmeReports.periodIndex, input.periodIndex),
    );
    const [before] = await tx.select().from(programmeReports).where(key).for('update');
    if (before && expected === null) {
      throw preconditionRequired();
    }
    if (before && before.version !== expected) {
      throw staleVersion(before.version);
    }
    const fields = { note: input.note ?? null, reportedBy: actor.userId, reportedAt: new Date() };
    const [row] = before
      ? await tx
          .update(programmeReports)
          .set({ ...fields, version: before.version + 1 })
          .where(eq(programmeReports.id, before.id))
          .returning()
      : await tx
          .insert(programmeReports)
          .values({
            ...fields,
            programmeId,
            provinceCode: input.provinceCode,
            periodIndex: input.periodIndex,
          })
          .returning();
    if (!row) {
      throw new Error('report write returned no row');
    }
    await tx.delete(programmeReportValues).where(eq(programmeReportValues.reportId, row.id));
    await tx
      .insert(programmeReportValues)
      .values(
        input.values.map((value) => ({ ...value, reportId: row.id, provinceCode: input.provinceCode })),
      );
    await recordAudit(tx, actor, {
      entityType: 'programme_report',
      entityId: row.id,
      action: before ? 'update' : 'create',
      provinceCode: input.provinceCode,
      after: { periodIndex: input.periodIndex, values: input.values, note: input.note ?? null },
    });
    const [report] = await reportsOf(tx, { reportId: row.id });
    return report as Report;
  });
}

async function visibleReport(tx: Queryable, reportId: string) {
  const [row] = await tx.select().from(programmeReports).where(eq(programmeReports.id, reportId));
  if (!row) {
    throw notFound(REPORT);
  }
  return row;
}

/** Adds a photo (JPEG, PNG or WebP) to a report; the permission is checked before the body is read. */
export async function attachReportPhoto(
  deps: DatabaseDeps,
  actor: Actor,
  reportId: string,
  readFile: () => Promise<Upload>,
): Promise<Report> {
  authorize(actor, 'programme.report');
  const report = await inActorReadTransaction(deps.database, actor, (tx) => visibleReport(tx, reportId));
  authorize(actor, 'programme.report', report.provinceCode);
  const file = await readFile();
  if (!PHOTO_TYPES.has(file.mimeType)) {
    throw new AppError({
      status: 415,
      code: 'unsupported-media-type',
      message: { th: 'ภาพถ่ายต้องเป็นไฟล์ JPEG, PNG หรือ WebP', en: 'A photo must be JPEG, PNG or WebP' },
    });
  }
  return inActorTransaction(deps.database, actor, async (tx) => {
    const fileId = await storeFile(tx, {
      ...file,
      createdBy: actor.userId,
      provinceCode: report.provinceCode,
    });
    await tx.insert(programmeReportPhotos).values({
      reportId,
      provinceCode: report.provinceCode,
      fileId,
      fileName: file.fileName,
      mimeType: file.mimeType,
    });
    await recordAudit(tx, actor, {
      entityType: 'programme_report',
      entityId: reportId,
      action: 'attach',
      provinceCode: report.provinceCode,
      changes: { photo: [null, file.fileName] },
    });
    const [presented] = await reportsOf(tx, { reportId });
    return presented as Report;
  });
}

/** A report's photo, for readers of the province. */
export async function downloadReportPhoto(
  deps: DatabaseDeps,
  actor: Actor,
  reportId: string,
  photoId: string,
) {
  authorize(actor, 'programme.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const [row] = await tx
      .select({
        fileName: programmeReportPhotos.fileName,
        mimeType: programmeReportPhotos.mimeType,
        content: storedFiles.content,
      })
      .from(programmeReportPhotos)
      .innerJoin(storedFiles, eq(storedFiles.id, programmeReportPhotos.fileId))
      .where(and(eq(programmeReportPhotos.id, photoId), eq(programmeReportPhotos.reportId, reportId)));
    if (!row) {
      throw notFound(PHOTO);
    }
    return row;
  });
}
