import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { loadVisibleAsset } from './access.js';
import { assets } from './tables.js';

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
