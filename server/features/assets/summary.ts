import { and, asc, eq, ne } from 'drizzle-orm';
import type { AssetSummary } from '../../../domain/assets/asset-response.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { assetRollups } from './tables.js';

/** Count and value of the register per province × type × status, from the trigger-kept roll-ups. */
export async function assetSummary(
  deps: DatabaseDeps,
  actor: Actor,
  query: { provinceCode?: string | undefined },
): Promise<AssetSummary> {
  authorize(actor, 'asset.read', query.provinceCode);
  const rows = await inActorTransaction(deps.database, actor, (tx) =>
    tx
      .select()
      .from(assetRollups)
      .where(
        and(
          ne(assetRollups.assets, 0),
          query.provinceCode ? eq(assetRollups.provinceCode, query.provinceCode) : undefined,
        ),
      )
      .orderBy(asc(assetRollups.provinceCode), asc(assetRollups.clusterKey), asc(assetRollups.type)),
  );
  return {
    rows: rows.map((row) => ({
      provinceCode: row.provinceCode,
      clusterId: row.clusterKey === 0 ? null : row.clusterKey,
      type: row.type,
      status: row.status,
      assets: row.assets,
      valueSatang: row.valueSatang.toString(),
    })),
  };
}
