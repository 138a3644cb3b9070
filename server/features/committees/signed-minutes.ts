import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { SIGNED_MINUTES_MAX_BYTES } from '../../../domain/committees/committee.js';
import type { MeetingView } from '../../../domain/committees/responses.js';
import { sniffEvidenceType } from '../../../domain/results/evidence.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { safeFileName, storedContent, storeFile } from '../../platform/files/stored-files.js';
import { AppError, notFound, tooLarge } from '../../platform/http/errors.js';
import type { Upload } from '../../platform/http/upload.js';
import { loadMeeting } from './access.js';
import { assertHeld } from './attendance-service.js';
import { presentMeeting } from './presenter.js';
import { meetings } from './tables.js';

const SIGNED_MINUTES = { th: 'รายงานการประชุมที่ลงนามแล้ว', en: 'Signed minutes' };

const notScan = () =>
  new AppError({
    status: 415,
    code: 'unsupported-signed-minutes',
    message: {
      th: 'รายงานการประชุมที่ลงนามต้องเป็นไฟล์ PDF หรือภาพ JPEG, PNG, WebP (ตรวจจากเนื้อไฟล์ ไม่ใช่นามสกุล)',
      en: 'Signed minutes must be a PDF or a JPEG, PNG or WebP scan (judged by its content, not its name)',
    },
  });

/**
 * Keeps the signed minutes (a scan) of a held meeting. The meeting and the right are checked before
 * the body is read; the type comes from the bytes, never the name; a new upload replaces the last.
 */
export async function uploadSignedMinutes(
  deps: DatabaseDeps,
  actor: Actor,
  meetingId: string,
  readFile: () => Promise<Upload>,
): Promise<MeetingView> {
  await inActorTransaction(deps.database, actor, async (tx) =>
    assertHeld((await loadMeeting(tx, actor, meetingId, 'committee.record')).meeting),
  );
  const file = await readFile();
  if (file.content.length > SIGNED_MINUTES_MAX_BYTES) {
    throw tooLarge();
  }
  const type = sniffEvidenceType(file.content);
  if (!type) {
    throw notScan();
  }
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, meetingId, 'committee.record');
    const fileName = safeFileName(file.fileName) || 'signed-minutes';
    const fileId = await storeFile(tx, {
      fileName,
      mimeType: type,
      content: file.content,
      createdBy: actor.userId,
      provinceCode: meeting.provinceCode,
    });
    const [updated] = await tx
      .update(meetings)
      .set({
        signedMinutesFileId: fileId,
        signedMinutesName: fileName,
        signedMinutesAt: new Date(),
        version: meeting.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(meetings.id, meetingId))
      .returning();
    if (!updated) {
      throw notFound(SIGNED_MINUTES);
    }
    await recordAudit(tx, actor, {
      entityType: 'committee_meeting',
      entityId: meetingId,
      action: 'attach',
      changes: { signedMinutes: [meeting.signedMinutesName, fileName] },
      provinceCode: meeting.provinceCode,
    });
    return presentMeeting(updated, committee);
  });
}

/** The signed minutes of a meeting the actor can read, with the type sniffed when it was kept. */
export async function downloadSignedMinutes(deps: DatabaseDeps, actor: Actor, meetingId: string) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { meeting } = await loadMeeting(tx, actor, meetingId);
    const content = meeting.signedMinutesFileId ? await storedContent(tx, meeting.signedMinutesFileId) : null;
    if (!content || !meeting.signedMinutesName) {
      throw notFound(SIGNED_MINUTES);
    }
    const type = sniffEvidenceType(content) ?? 'application/octet-stream';
    return { fileName: meeting.signedMinutesName, mimeType: type, content };
  });
}
