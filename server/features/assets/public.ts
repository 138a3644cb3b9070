import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { AssetStatus } from '../../../domain/assets/asset.js';
import { HELD_ASSET_STATUSES } from '../../../domain/assets/checks.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { loadVisibleAsset } from './access.js';
import { assetRollups, assets } from './tables.js';

/**
 * What other features (the golden thread in results) use of the asset register. Runs in the
 * caller's actor transaction, so row-level security applies.
 */
export async function assetsOfProject(tx: Queryable, projectId: string) {
  return tx
    .select({
      id: assets.id,
      code: assets.code,
      type: assets.type,
      description: assets.description,
      status: assets.status,
      valueSatang: assets.valueSatang,
    })
    .from(assets)
    .where(eq(assets.projectId, projectId))
    .orderBy(asc(assets.code));
}

/** The project an asset the actor can see came from (404 otherwise). */
export async function projectIdOfAsset(tx: Queryable, actor: Actor, assetId: string): Promise<string> {
  return (await loadVisibleAsset(tx, actor, assetId)).projectId;
}

/** Statuses of an asset on the transfer line: registered, not yet handed over nor written off. */
const AWAITING_TRANSFER: readonly AssetStatus[] = [
  'registered',
  'transfer_proposed',
  'receiver_accepted',
  'transfer_approved',
];

/**
 * Registered assets not yet transferred (nor written off) per province and owner (cluster key 0 = the
 * province's own), from the trigger-kept `asset_rollups`. For the dashboards.
 */
export async function assetsAwaitingTransferByProvince(tx: Queryable) {
  const rows = await tx
    .select({
      provinceCode: assetRollups.provinceCode,
      clusterKey: assetRollups.clusterKey,
      assets: sql<number>`sum(${assetRollups.assets})::int`,
    })
    .from(assetRollups)
    .where(inArray(assetRollups.status, [...AWAITING_TRANSFER]))
    .groupBy(assetRollups.provinceCode, assetRollups.clusterKey);
  return rows.map((row) => ({ ...row, assets: Number(row.assets) }));
}

/**
 * Assets a province still holds with no receiver named (no custodian agency nor name), by code, a
 * keyset page (`limit` + 1 rows after `after`) walking the province's code index.
 */
export async function assetsWithoutReceiver(
  tx: Queryable,
  provinceCode: string,
  page: { after: string | undefined; limit: number },
) {
  return tx
    .select({ id: assets.id, code: assets.code, description: assets.description })
    .from(assets)
    .where(
      and(
        eq(assets.provinceCode, provinceCode),
        inArray(assets.status, [...HELD_ASSET_STATUSES]),
        isNull(assets.custodianAgencyId),
        isNull(assets.custodianName),
        page.after === undefined ? undefined : gt(assets.code, page.after),
      ),
    )
    .orderBy(asc(assets.code))
    .limit(page.limit + 1);
}

export { checkPhotoPreviews } from './check-photo-previews.js';
