import { and, asc, eq, gt, ilike, sql, type SQL } from 'drizzle-orm';
import type { AssetFilter, AssetListQuery } from '../../../domain/assets/asset-input.js';
import type { AssetList } from '../../../domain/assets/asset-response.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { presentAsset } from './presenter.js';
import { assets } from './tables.js';

/** A LIKE pattern matching `text` literally anywhere (its own % and _ escaped). */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The register's filters as SQL; row-level security adds the reader's provinces and clusters. */
export function assetFilterSql(filter: AssetFilter): SQL | undefined {
  return and(
    filter.q ? ilike(assets.searchText, containing(filter.q)) : undefined,
    filter.provinceCode ? eq(assets.provinceCode, filter.provinceCode) : undefined,
    filter.type ? eq(assets.type, filter.type) : undefined,
    filter.status ? eq(assets.status, filter.status) : undefined,
    filter.fiscalYear ? eq(assets.fiscalYear, filter.fiscalYear) : undefined,
    filter.projectId ? eq(assets.projectId, filter.projectId) : undefined,
  );
}

async function totalsOf(tx: Queryable, where: SQL | undefined) {
  const [row] = await tx
    .select({
      total: sql<number>`count(*)::int`,
      value: sql<string>`coalesce(sum(${assets.valueSatang}), 0)::text`,
    })
    .from(assets)
    .where(where);
  return { total: Number(row?.total ?? 0), totalValueSatang: row?.value ?? '0' };
}

/** The register filtered and searched, by code, a keyset page at a time, with whole-list totals. */
export async function listAssets(
  deps: DatabaseDeps,
  actor: Actor,
  query: AssetListQuery,
): Promise<AssetList> {
  authorize(actor, 'asset.read', query.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = assetFilterSql(query);
    const rows = await tx
      .select()
      .from(assets)
      .where(and(where, query.cursor ? gt(assets.code, query.cursor.code) : undefined))
      .orderBy(asc(assets.code))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(presentAsset),
      ...(await totalsOf(tx, where)),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ code: last.code }) : null,
    };
  });
}
