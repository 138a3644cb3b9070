import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  EVIDENCE_MAX_BYTES,
  isPhoto,
  photoPairProblem,
  sniffEvidenceType,
} from '../../../domain/results/evidence.js';
import { readPhotoFacts } from '../../../domain/results/exif.js';
import type { EvidenceQuery } from '../../../domain/results/results-input.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { photoThumbnail } from '../../platform/files/photos.js';
import { storedContent, storeFile } from '../../platform/files/stored-files.js';
import { AppError, conflict, notFound, tooLarge } from '../../platform/http/errors.js';
import type { Upload } from '../../platform/http/upload.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { loadReportableProject, loadVisibleProject, scopeOf } from './project-access.js';
import { progressReports, resultEvidence } from './tables.js';

/**
 * When and where a photo was taken: what the photo itself carries (Exif) first, else what the
 * uploader gave (a date, a point picked on the map); a position is taken whole, never half from each.
 */
function placeAndTime(content: Uint8Array, query: EvidenceQuery) {
  const facts = readPhotoFacts(content);
  const fromPhoto = facts.latitude !== null && facts.longitude !== null;
  return {
    takenOn: facts.takenOn ?? query.takenOn ?? null,
    latitude: fromPhoto ? facts.latitude : (query.latitude ?? null),
    longitude: fromPhoto ? facts.longitude : (query.longitude ?? null),
  };
}

const EVIDENCE = { th: 'ไฟล์หลักฐานผลการดำเนินงาน', en: 'Result evidence file' };

const notEvidence = () =>
  new AppError({
    status: 415,
    code: 'unsupported-evidence',
    message: {
      th: 'หลักฐานต้องเป็นภาพ JPEG, PNG, WebP หรือไฟล์ PDF (ตรวจจากเนื้อไฟล์ ไม่ใช่นามสกุล)',
      en: 'Evidence must be a JPEG, PNG or WebP photo or a PDF (judged by its content, not its name)',
    },
  });

/**
 * Attaches a photo or document to the project's progress report of a quarter. The project is
 * checked before the body is read; the type comes from the bytes; the name is only a label.
 */
export async function attachResultEvidence(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  query: EvidenceQuery,
  readFile: () => Promise<Upload>,
): Promise<void> {
  await inActorTransaction(deps.database, actor, (tx) => loadReportableProject(tx, actor, projectId));
  const file = await readFile();
  if (file.content.length > EVIDENCE_MAX_BYTES) {
    throw tooLarge();
  }
  const type = sniffEvidenceType(file.content);
  if (!type) {
    throw notEvidence();
  }
  const thumbnail = isPhoto(type) ? await photoThumbnail(file.content) : null;
  await inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadReportableProject(tx, actor, projectId);
    const [report] = await tx
      .select({ id: progressReports.id })
      .from(progressReports)
      .where(
        and(
          eq(progressReports.projectId, projectId),
          eq(progressReports.fiscalYear, query.fiscalYear),
          eq(progressReports.quarter, query.quarter),
        ),
      );
    if (!report) {
      throw conflict({
        th: `ยังไม่มีรายงานความก้าวหน้าไตรมาส ${query.quarter}/${query.fiscalYear} ให้บันทึกรายงานก่อนแนบหลักฐาน`,
        en: `There is no Q${query.quarter} FY${query.fiscalYear} progress report yet; report first, then attach`,
      });
    }
    const [pair] = query.pairOf
      ? await tx
          .select({ phase: resultEvidence.phase })
          .from(resultEvidence)
          .where(and(eq(resultEvidence.id, query.pairOf), eq(resultEvidence.projectId, projectId)))
      : [];
    const pairing = photoPairProblem({ type, phase: query.phase, pairOf: query.pairOf }, pair);
    if (pairing) {
      throw conflict(pairing);
    }
    const fileId = await storeFile(tx, {
      fileName: file.fileName,
      mimeType: type,
      content: file.content,
      createdBy: actor.userId,
      provinceCode: project.provinceCode,
    });
    const thumbnailFileId = thumbnail
      ? await storeFile(tx, {
          fileName: 'thumbnail.webp',
          mimeType: 'image/webp',
          content: thumbnail,
          createdBy: actor.userId,
          provinceCode: project.provinceCode,
        })
      : null;
    await tx.insert(resultEvidence).values({
      ...scopeOf(project),
      reportId: report.id,
      fileId,
      thumbnailFileId,
      fileName: file.fileName,
      mimeType: type,
      sizeBytes: file.content.length,
      caption: query.caption ?? null,
      ...placeAndTime(file.content, query),
      phase: query.phase ?? null,
      pairOf: query.pairOf ?? null,
      uploadedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      entityType: 'progress_report',
      entityId: `${projectId}/${query.fiscalYear}/${query.quarter}`,
      action: 'attach',
      changes: { evidence: [null, file.fileName] },
      provinceCode: project.provinceCode,
    });
  });
}

async function findEvidence(tx: Queryable, projectId: string, evidenceId: string) {
  const [row] = await tx
    .select()
    .from(resultEvidence)
    .where(and(eq(resultEvidence.projectId, projectId), eq(resultEvidence.id, evidenceId)));
  if (!row) {
    throw notFound(EVIDENCE);
  }
  return row;
}

/** The bytes of one evidence file of a project the actor can see, or of its photo's preview. */
export async function downloadResultEvidence(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  evidenceId: string,
  variant: 'original' | 'thumbnail' = 'original',
) {
  authorize(actor, 'result.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadVisibleProject(tx, actor, projectId);
    const evidence = await findEvidence(tx, projectId, evidenceId);
    const fileId = variant === 'original' ? evidence.fileId : evidence.thumbnailFileId;
    const content = fileId ? await storedContent(tx, fileId) : null;
    if (!content) {
      throw notFound(EVIDENCE);
    }
    return variant === 'original'
      ? { fileName: evidence.fileName, mimeType: evidence.mimeType, content }
      : { fileName: 'thumbnail.webp', mimeType: 'image/webp', content };
  });
}

/** Removes an evidence file and its stored bytes. */
export async function deleteResultEvidence(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  evidenceId: string,
): Promise<void> {
  await inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadReportableProject(tx, actor, projectId);
    const evidence = await findEvidence(tx, projectId, evidenceId);
    const files = [evidence.fileId, evidence.thumbnailFileId].filter((id) => id !== null);
    await tx.delete(storedFiles).where(inArray(storedFiles.id, files));
    await recordAudit(tx, actor, {
      entityType: 'progress_report',
      entityId: projectId,
      action: 'detach',
      changes: { evidence: [evidence.fileName, null] },
      provinceCode: project.provinceCode,
    });
  });
}
