import { and, asc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Items } from '../../../domain/common/paging.js';
import type { NeedAttachment } from '../../../domain/needs/need-response.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { notFound } from '../../platform/http/errors.js';
import { readSingleUpload, type Upload } from '../../platform/http/upload.js';
import { loadManageableNeed, loadVisibleNeed } from './access.js';
import { presentAttachment } from './presenter.js';
import { needAttachments } from './tables.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { storedFiles } from '../../platform/jobs/tables.js';

const ATTACHMENT = { th: 'ไฟล์แนบ', en: 'Attachment' };

/** The single file of a multipart request: read only after the permission check. */
export function uploadReader(request: FastifyRequest): () => Promise<Upload> {
  return () =>
    readSingleUpload(request, { th: 'กรุณาแนบไฟล์ในช่อง file', en: 'Attach the file in the "file" field' });
}

/** Attaches an uploaded file to a need. */
export async function attachFile(
  deps: DatabaseDeps,
  actor: Actor,
  needId: string,
  readFile: () => Promise<Upload>,
) {
  authorize(actor, 'need.manage');
  const file = await readFile();
  return inActorTransaction(deps.database, actor, async (tx) => {
    const need = await loadManageableNeed(tx, actor, needId);
    const storedId = await storeFile(tx, {
      fileName: file.fileName,
      mimeType: file.mimeType,
      content: file.content,
      createdBy: actor.userId,
      provinceCode: need.provinceCode,
    });
    const [attachment] = await tx
      .insert(needAttachments)
      .values({
        needId,
        provinceCode: need.provinceCode,
        fileId: storedId,
        fileName: file.fileName,
        mimeType: file.mimeType,
        sizeBytes: file.content.length,
        uploadedBy: actor.userId,
      })
      .returning();
    if (!attachment) {
      throw new Error('attachment insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'need',
      entityId: needId,
      action: 'attach',
      changes: { attachment: [null, file.fileName] },
      provinceCode: need.provinceCode,
    });
    return presentAttachment(attachment);
  });
}

/** The files attached to a need. */
export async function listAttachments(
  deps: DatabaseDeps,
  actor: Actor,
  needId: string,
): Promise<Items<NeedAttachment>> {
  authorize(actor, 'need.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadVisibleNeed(tx, actor, needId);
    const rows = await tx
      .select()
      .from(needAttachments)
      .where(eq(needAttachments.needId, needId))
      .orderBy(asc(needAttachments.createdAt));
    return { items: rows.map(presentAttachment) };
  });
}

async function loadAttachment(tx: Queryable, needId: string, attachmentId: string) {
  const [attachment] = await tx
    .select()
    .from(needAttachments)
    .where(and(eq(needAttachments.id, attachmentId), eq(needAttachments.needId, needId)));
  if (!attachment) {
    throw notFound(ATTACHMENT);
  }
  return attachment;
}

/** The bytes of one attachment. */
export async function downloadAttachment(
  deps: DatabaseDeps,
  actor: Actor,
  needId: string,
  attachmentId: string,
) {
  authorize(actor, 'need.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadVisibleNeed(tx, actor, needId);
    const attachment = await loadAttachment(tx, needId, attachmentId);
    const [file] = await tx
      .select({ content: storedFiles.content })
      .from(storedFiles)
      .where(eq(storedFiles.id, attachment.fileId));
    if (!file) {
      throw notFound(ATTACHMENT);
    }
    return { fileName: attachment.fileName, mimeType: attachment.mimeType, content: file.content };
  });
}

/** Removes an attachment and its stored bytes; the audit trail keeps its name. */
export async function deleteAttachment(
  deps: DatabaseDeps,
  actor: Actor,
  needId: string,
  attachmentId: string,
) {
  authorize(actor, 'need.manage');
  await inActorTransaction(deps.database, actor, async (tx) => {
    const need = await loadManageableNeed(tx, actor, needId);
    const attachment = await loadAttachment(tx, needId, attachmentId);
    await tx.delete(needAttachments).where(eq(needAttachments.id, attachment.id));
    await tx.delete(storedFiles).where(eq(storedFiles.id, attachment.fileId));
    await recordAudit(tx, actor, {
      entityType: 'need',
      entityId: needId,
      action: 'detach',
      changes: { attachment: [attachment.fileName, null] },
      provinceCode: need.provinceCode,
    });
  });
}

/** A Content-Disposition header that keeps Thai file names (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
