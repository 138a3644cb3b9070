import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { toBangkokIsoDate } from '../../../domain/thai/index.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { storeFile } from '../../platform/files/stored-files.js';
import type { Upload } from '../../platform/http/upload.js';
import { notFound } from '../../platform/http/errors.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { loadRegulation } from './service.js';
import { regulationVersions } from './tables.js';

const VERSION_FILE = { th: 'ไฟล์ฉบับของระเบียบ', en: 'Version file' };

/**
 * Keeps the text of a version as a stored file (national: no province, so every reader may open it).
 * The permission is checked before the body is read.
 */
export async function attachVersionFile(
  deps: DatabaseDeps,
  actor: Actor,
  regulationId: string,
  versionId: string,
  readFile: () => Promise<Upload>,
) {
  authorize(actor, 'regulation.manage');
  const file = await readFile();
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = and(
      eq(regulationVersions.id, versionId),
      eq(regulationVersions.regulationId, regulationId),
    );
    const [version] = await tx.select().from(regulationVersions).where(where);
    if (!version) {
      throw notFound(VERSION_FILE);
    }
    const fileId = await storeFile(tx, { ...file, createdBy: actor.userId, provinceCode: null });
    await tx.update(regulationVersions).set({ fileId, fileName: file.fileName }).where(where);
    if (version.fileId) {
      await tx.delete(storedFiles).where(eq(storedFiles.id, version.fileId));
    }
    await recordAudit(tx, actor, {
      entityType: 'regulation_version',
      entityId: versionId,
      action: 'attach',
      changes: { file: [version.fileName, file.fileName] },
    });
    return loadRegulation(tx, regulationId, toBangkokIsoDate(new Date()));
  });
}

/** The stored text of a version. */
export async function downloadVersionFile(
  deps: DatabaseDeps,
  actor: Actor,
  regulationId: string,
  versionId: string,
) {
  authorize(actor, 'regulation.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const [row] = await tx
      .select({
        fileName: storedFiles.fileName,
        mimeType: storedFiles.mimeType,
        content: storedFiles.content,
      })
      .from(regulationVersions)
      .innerJoin(storedFiles, eq(storedFiles.id, regulationVersions.fileId))
      .where(and(eq(regulationVersions.id, versionId), eq(regulationVersions.regulationId, regulationId)));
    if (!row) {
      throw notFound(VERSION_FILE);
    }
    return row;
  });
}
