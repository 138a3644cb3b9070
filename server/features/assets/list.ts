import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { AssetListQuery } from '../../../domain/assets/asset-input.js';
import type { AssetList } from '../../../domain/assets/asset-response.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { inProjectViewScope } from '../projects/public.js';
import { assetFilterSql, assetIdIn, assetMatchIds, MATCH_ID_CAP } from './filters.js';
import { presentAsset } from './presenter.js';
import { assetRollups, assets } from './tables.js';

/** The most rows the totals read when the roll-ups cannot answer (search, fiscal year, project). */
const COUNT_CAP = MATCH_ID_CAP;

type Totals = { total: number; totalExact: boolean; totalValueSatang: string | null };

/** Count and value from the trigger-kept roll-ups, which are keyed by province, cluster, type and status. */
async function rollupTotals(tx: Queryable, actor: Actor, query: AssetListQuery): Promise<Totals> {
  const [row] = await tx
    .select({
      total: sql<number>`coalesce(sum(${assetRollups.assets}), 0)::int`,
      value: sql<string>`coalesce(sum(${assetRollups.valueSatang}), 0)::text`,
    })
    .from(assetRollups)
    .where(
      and(
        inProjectViewScope(
          { provinceCode: assetRollups.provinceCode, clusterId: assetRollups.clusterKey },
          actor,
        ),
        query.provinceCode ? eq(assetRollups.provinceCode, query.provinceCode) : undefined,
        query.type ? eq(assetRollups.type, query.type) : undefined,
        query.status ? eq(assetRollups.status, query.status) : undefined,
      ),
    );
  return { total: Number(row?.total ?? 0), totalExact: true, totalValueSatang: row?.value ?? '0' };
}

/** Count and value of at most COUNT_CAP + 1 matching rows: exact below the cap, "more than the cap" past it. */
async function boundedTotals(tx: Queryable, where: SQL | undefined): Promise<Totals> {
  const [row] = await selectRows<{ total: number; value: string }>(
    tx,
    sql`select count(*)::int as total, coalesce(sum(value_satang), 0)::text as value from (
      select ${assets.valueSatang} from ${assets} where ${where ?? sql`true`} limit ${COUNT_CAP + 1}) capped`,
  );
  const total = Number(row?.total ?? 0);
  return total > COUNT_CAP
    ? { total: COUNT_CAP, totalExact: false, totalValueSatang: null }
    : { total, totalExact: true, totalValueSatang: row?.value ?? '0' };
}

/** Totals of a search: "more than the cap" when the first search found more, else exact over its ids. */
const searchTotals = (tx: Queryable, actor: Actor, query: AssetListQuery, ids: string[]): Promise<Totals> =>
  ids.length > MATCH_ID_CAP
    ? Promise.resolve({ total: MATCH_ID_CAP, totalExact: false, totalValueSatang: null })
    : boundedTotals(tx, assetFilterSql(actor, query, assetIdIn(ids)));

/**
 * The ids a search page is taken from: the first MATCH_ID_CAP + 1 matches in code order hold every
 * match, or the first page's; a later page past them asks for its own after the cursor.
 */
async function searchPageIds(tx: Queryable, query: AssetListQuery & { q: string }, first: string[]) {
  return query.cursor && first.length > MATCH_ID_CAP
    ? assetMatchIds(tx, query, query.limit, query.cursor.code)
    : first;
}

/**
 * The register filtered and searched, by code, a keyset page at a time (index-served: the explicit
 * scope; a search through asset_text_match_ids, which finds the matches in code order), with totals
 * from the roll-ups when the filters are the roll-ups' keys.
 */
export async function listAssets(
  deps: DatabaseDeps,
  actor: Actor,
  query: AssetListQuery,
): Promise<AssetList> {
  authorize(actor, 'asset.read', query.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const search = query.q ? { ...query, q: query.q } : undefined;
    const first = search ? await assetMatchIds(tx, search, MATCH_ID_CAP) : [];
    const pageIds = search ? await searchPageIds(tx, search, first) : [];
    const where = assetFilterSql(actor, query, search ? assetIdIn(pageIds) : undefined);
    const rows = await tx
      .select()
      .from(assets)
      .where(and(where, query.cursor ? gt(assets.code, query.cursor.code) : undefined))
      .orderBy(asc(assets.code))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const fromRollups = !query.q && !query.fiscalYear && !query.projectId;
    return {
      items: page.map(presentAsset),
      ...(search
        ? await searchTotals(tx, actor, query, first)
        : fromRollups
          ? await rollupTotals(tx, actor, query)
          : await boundedTotals(tx, where)),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ code: last.code }) : null,
    };
  });
}
