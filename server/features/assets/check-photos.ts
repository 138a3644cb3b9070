import { and, eq } from 'drizzle-orm';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import type { AssetCheckInput } from '../../../domain/assets/checks.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { readSitePhoto } from '../../platform/files/photos.js';
import { notFound } from '../../platform/http/errors.js';
import type { Upload } from '../../platform/http/upload.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { loadManageableAsset, loadVisibleAsset } from './access.js';
import { assetChecks } from './check-tables.js';
import { recordAssetCheck } from './checks.js';

const PHOTO = { th: 'ภาพถ่ายการตรวจสอบพัสดุ', en: 'Asset check photo' };

/**
 * Records a yearly check with its photo in one go. The asset is checked before the body is read;
 * the photo is decoded whole and its preview made before anything is saved, so a refused photo
 * (413, 415) leaves no check behind.
 */
export async function recordAssetCheckWithPhoto(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  input: AssetCheckInput,
  readFile: () => Promise<Upload>,
): Promise<AssetDetail> {
  await inActorTransaction(deps.database, actor, (tx) => loadManageableAsset(tx, actor, id));
  const file = await readFile();
  const { type, thumbnail } = await readSitePhoto(file.content);
  return recordAssetCheck(deps, actor, id, input, {
    fileName: file.fileName,
    type,
    content: file.content,
    thumbnail,
  });
}

/** The photo of a check of an asset the actor can see, or its WebP preview. */
export async function downloadAssetCheckPhoto(
  deps: DatabaseDeps,
  actor: Actor,
  params: { id: string; checkId: string },
  variant: 'original' | 'thumbnail',
) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadVisibleAsset(tx, actor, params.id);
    const [check] = await tx
      .select({ photo: assetChecks.photoFileId, thumbnail: assetChecks.photoThumbnailFileId })
      .from(assetChecks)
      .where(and(eq(assetChecks.assetId, params.id), eq(assetChecks.id, params.checkId)));
    const fileId = variant === 'original' ? check?.photo : check?.thumbnail;
    const [file] = fileId
      ? await tx
          .select({
            fileName: storedFiles.fileName,
            mimeType: storedFiles.mimeType,
            content: storedFiles.content,
          })
          .from(storedFiles)
          .where(eq(storedFiles.id, fileId))
      : [];
    if (!file) {
      throw notFound(PHOTO);
    }
    return file;
  });
}
