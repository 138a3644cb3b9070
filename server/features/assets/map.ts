import { and, asc, isNotNull, sql } from 'drizzle-orm';
import type { AssetFilter } from '../../../domain/assets/asset-input.js';
import { ASSET_MAP_MAX_POINTS, type AssetMap } from '../../../domain/assets/asset-response.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { assetWhere } from './filters.js';
import { assets } from './tables.js';

/** The register's filtered assets that have a position, for the map (row-level security applies). */
export async function assetMap(deps: DatabaseDeps, actor: Actor, filter: AssetFilter): Promise<AssetMap> {
  authorize(actor, 'asset.read', filter.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = await assetWhere(tx, actor, filter);
    const [counts] = await tx
      .select({
        total: sql<number>`count(*)::int`,
        unplaced: sql<number>`(count(*) filter (where ${assets.latitude} is null or ${assets.longitude} is null))::int`,
      })
      .from(assets)
      .where(where);
    const rows = await tx
      .select({
        id: assets.id,
        code: assets.code,
        description: assets.description,
        type: assets.type,
        status: assets.status,
        latitude: assets.latitude,
        longitude: assets.longitude,
      })
      .from(assets)
      .where(and(where, isNotNull(assets.latitude), isNotNull(assets.longitude)))
      .orderBy(asc(assets.code))
      .limit(ASSET_MAP_MAX_POINTS);
    return {
      total: Number(counts?.total ?? 0),
      unplaced: Number(counts?.unplaced ?? 0),
      points: rows.flatMap(({ latitude, longitude, ...row }) =>
        latitude === null || longitude === null ? [] : [{ ...row, latitude, longitude }],
      ),
    };
  });
}
