import { and, eq, notExists } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Project } from '../../../domain/projects/project-response.js';
import type { ReadinessItem } from '../../../domain/projects/project.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound } from '../../platform/http/errors.js';
import type { Upload } from '../../platform/http/upload.js';
import { loadEditableProject, loadVisibleProject } from './access.js';
import { projectReadinessFiles } from './child-tables.js';
import { presentOne } from './service.js';
import { projects } from './tables.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { storedFiles } from '../../platform/jobs/tables.js';

const EVIDENCE = { th: 'ไฟล์หลักฐาน', en: 'Evidence file' };

/**
 * Attaches an evidence file to a readiness item. The project is checked editable before the body is
 * read, so a user without the right never gets an upload parsed. The receiver-commitment evidence is
 * also the project's commitment attachment.
 */
export async function attachEvidence(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  item: ReadinessItem,
  readFile: () => Promise<Upload>,
): Promise<Project> {
  authorize(actor, 'project.edit');
  await inActorTransaction(deps.database, actor, (tx) => loadEditableProject(tx, actor, projectId));
  const file = await readFile();
  return inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadEditableProject(tx, actor, projectId);
    const storedId = await storeFile(tx, {
      fileName: file.fileName,
      mimeType: file.mimeType,
      content: file.content,
      createdBy: actor.userId,
      provinceCode: project.provinceCode,
    });
    await tx.insert(projectReadinessFiles).values({
      projectId,
      provinceCode: project.provinceCode,
      clusterId: project.clusterId,
      item,
      fileId: storedId,
      fileName: file.fileName,
      mimeType: file.mimeType,
      sizeBytes: file.content.length,
      uploadedBy: actor.userId,
    });
    await tx
      .update(projects)
      .set({
        version: project.version + 1,
        updatedAt: new Date(),
        ...(item === 'receiver_commitment' ? { receiverCommitmentFileId: storedId } : {}),
      })
      .where(eq(projects.id, projectId));
    await recordAudit(tx, actor, {
      entityType: 'project',
      entityId: projectId,
      action: 'attach',
      changes: { [`evidence.${item}`]: [null, file.fileName] },
      provinceCode: project.provinceCode,
    });
    return presentOne(tx, await loadVisibleProject(tx, actor, projectId));
  });
}

async function findEvidence(tx: Queryable, projectId: string, fileId: string) {
  const [row] = await tx
    .select()
    .from(projectReadinessFiles)
    .where(and(eq(projectReadinessFiles.projectId, projectId), eq(projectReadinessFiles.id, fileId)));
  if (!row) {
    throw notFound(EVIDENCE);
  }
  return row;
}

/** The bytes of one evidence file of a project the actor can see. */
export async function downloadEvidence(deps: DatabaseDeps, actor: Actor, projectId: string, fileId: string) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadVisibleProject(tx, actor, projectId);
    const evidence = await findEvidence(tx, projectId, fileId);
    const [stored] = await tx
      .select({ content: storedFiles.content })
      .from(storedFiles)
      .where(eq(storedFiles.id, evidence.fileId));
    if (!stored) {
      throw notFound(EVIDENCE);
    }
    return { fileName: evidence.fileName, mimeType: evidence.mimeType, content: stored.content };
  });
}

/** Removes an evidence file. */
export async function deleteEvidence(deps: DatabaseDeps, actor: Actor, projectId: string, fileId: string) {
  authorize(actor, 'project.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadEditableProject(tx, actor, projectId);
    const evidence = await findEvidence(tx, projectId, fileId);
    await tx.delete(projectReadinessFiles).where(eq(projectReadinessFiles.id, fileId));
    await tx
      .update(projects)
      .set({
        version: project.version + 1,
        updatedAt: new Date(),
        ...(project.receiverCommitmentFileId === evidence.fileId ? { receiverCommitmentFileId: null } : {}),
      })
      .where(eq(projects.id, projectId));
    // Demo evidence shares one stored placeholder; the bytes go once nothing refers to them.
    await tx
      .delete(storedFiles)
      .where(
        and(
          eq(storedFiles.id, evidence.fileId),
          notExists(
            tx
              .select({ id: projectReadinessFiles.id })
              .from(projectReadinessFiles)
              .where(eq(projectReadinessFiles.fileId, evidence.fileId)),
          ),
        ),
      );
    await recordAudit(tx, actor, {
      entityType: 'project',
      entityId: projectId,
      action: 'detach',
      changes: { [`evidence.${evidence.item}`]: [evidence.fileName, null] },
      provinceCode: project.provinceCode,
    });
  });
}
