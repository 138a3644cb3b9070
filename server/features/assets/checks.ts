import { and, asc, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  assetCheckProblem,
  CHECK_INTERVAL_MONTHS,
  HELD_ASSET_STATUSES,
  monthsBefore,
  type AssetBacklog,
  type AssetBacklogQuery,
  type AssetCheckInput,
} from '../../../domain/assets/checks.js';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { PhotoType } from '../../../domain/common/photo.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { conflict } from '../../platform/http/errors.js';
import { assetDetailOf, loadManageableAsset } from './access.js';
import { assetChecks } from './check-tables.js';
import { presentAsset } from './presenter.js';
import { assets } from './tables.js';

/** A checked photo ready to keep: the upload, its type from its bytes and its preview. */
export type CheckPhoto = { fileName: string; type: PhotoType; content: Buffer; thumbnail: Buffer };

/**
 * Records a yearly check: the check row (with its photo and preview, when taken), and on the asset
 * its condition and last check date when this check is the latest one (an older check entered late
 * does not overwrite a newer one).
 */
export async function recordAssetCheck(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  input: AssetCheckInput,
  photo?: CheckPhoto,
): Promise<AssetDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const asset = await loadManageableAsset(tx, actor, id);
    const problem = assetCheckProblem(asset, input.checkedOn, toBangkokIsoDate(new Date()));
    if (problem) {
      throw conflict(problem);
    }
    const keep = (fileName: string, mimeType: string, content: Buffer) =>
      storeFile(tx, {
        fileName,
        mimeType,
        content,
        createdBy: actor.userId,
        provinceCode: asset.provinceCode,
      });
    await tx.insert(assetChecks).values({
      assetId: id,
      provinceCode: asset.provinceCode,
      clusterId: asset.clusterId,
      ...input,
      photoFileId: photo ? await keep(photo.fileName, photo.type, photo.content) : null,
      photoThumbnailFileId: photo ? await keep('thumbnail.webp', 'image/webp', photo.thumbnail) : null,
      checkedBy: actor.userId,
    });
    const latest = !asset.lastCheckedOn || input.checkedOn >= asset.lastCheckedOn;
    const [after] = latest
      ? await tx
          .update(assets)
          .set({ lastCheckedOn: input.checkedOn, condition: input.condition, updatedAt: new Date() })
          .where(eq(assets.id, id))
          .returning()
      : [asset];
    await recordAudit(tx, actor, {
      entityType: 'asset_check',
      entityId: id,
      action: 'set',
      provinceCode: asset.provinceCode,
      changes: {
        checkedOn: [asset.lastCheckedOn, input.checkedOn],
        condition: [asset.condition, input.condition],
        ...(photo ? { photo: [null, photo.fileName] } : {}),
      },
    });
    return assetDetailOf(tx, after ?? asset);
  });
}

/**
 * The backlog, longest waiting first, a keyset page at a time: held assets whose yearly check is
 * overdue (waiting since their last check or handover), or not yet transferred `months` after handover.
 */
export async function assetBacklog(
  deps: DatabaseDeps,
  actor: Actor,
  query: AssetBacklogQuery,
): Promise<AssetBacklog> {
  authorize(actor, 'asset.read', query.provinceCode);
  const today = toBangkokIsoDate(new Date());
  const overdue = query.kind === 'check_overdue';
  const before = monthsBefore(today, overdue ? CHECK_INTERVAL_MONTHS : query.months);
  const since: SQL<string> = overdue
    ? sql<string>`coalesce(${assets.lastCheckedOn}, ${assets.handoverDate})`
    : sql<string>`${assets.handoverDate}`;
  return inActorTransaction(deps.database, actor, async (tx) => {
    const after = query.cursor;
    const rows = await tx
      .select({ asset: assets, waitingSince: sql<string>`(${since})::text` })
      .from(assets)
      .where(
        and(
          query.provinceCode ? eq(assets.provinceCode, query.provinceCode) : undefined,
          inArray(assets.status, [...HELD_ASSET_STATUSES]),
          lt(since, before),
          after
            ? or(gt(since, after.since), and(eq(since, after.since), gt(assets.code, after.code)))
            : undefined,
        ),
      )
      .orderBy(asc(since), asc(assets.code))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      kind: query.kind,
      before,
      items: page.map((row) => ({ ...presentAsset(row.asset), waitingSince: row.waitingSince })),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ since: last.waitingSince, code: last.asset.code })
          : null,
    };
  });
}
