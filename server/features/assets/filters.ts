import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AssetFilter } from '../../../domain/assets/asset-input.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inProjectViewScope } from '../projects/public.js';
import { assets } from './tables.js';

/** Up to this many search matches the totals count exactly; more is said as "more than". */
export const MATCH_ID_CAP = 1000;

/** A LIKE pattern matching `text` literally anywhere (its own % and _ escaped). */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The plain search condition: a substring of code, description, GFMIS number or custodian. */
const textMatches = (q: string): SQL => sql`${assets.searchText} ilike ${containing(q)}`;

/**
 * The first `cap` + 1 assets matching the search and the filters, in code order after `afterCode`:
 * found by asset_text_match_ids as the owner behind the same wall, where the planner sees what the
 * search costs (a common word walks the code index, a rare one sorts what the trigram index finds).
 */
export async function assetMatchIds(
  tx: Queryable,
  filter: AssetFilter & { q: string },
  cap: number,
  afterCode: string | null = null,
): Promise<string[]> {
  const [row] = await selectRows<{ ids: string[] }>(
    tx,
    sql`select asset_text_match_ids(${containing(filter.q)}, ${cap}, ${afterCode},
      ${filter.provinceCode ?? null}, ${filter.type ?? null}, ${filter.status ?? null},
      ${filter.fiscalYear ?? null}, ${filter.projectId ?? null}) as ids`,
  );
  return row?.ids ?? [];
}

/** Matching ids as a condition row-level security lets an index serve. */
export const assetIdIn = (ids: string[]): SQL => sql`${assets.id} = any(${sql.param(ids)}::uuid[])`;

/**
 * The register's filters as SQL within the actor's view scope, stated explicitly so the province and
 * cluster indexes serve it (row-level security stays the wall behind it); `text` is the search
 * condition when resolved to ids (assetIdIn), else the plain ILIKE.
 */
export function assetFilterSql(actor: Actor, filter: AssetFilter, text: SQL | undefined): SQL | undefined {
  return and(
    inProjectViewScope(assets, actor),
    filter.q ? (text ?? textMatches(filter.q)) : undefined,
    filter.provinceCode ? eq(assets.provinceCode, filter.provinceCode) : undefined,
    filter.type ? eq(assets.type, filter.type) : undefined,
    filter.status ? eq(assets.status, filter.status) : undefined,
    filter.fiscalYear ? eq(assets.fiscalYear, filter.fiscalYear) : undefined,
    filter.projectId ? eq(assets.projectId, filter.projectId) : undefined,
  );
}

/**
 * The WHERE of a filtered register query (map, export): the matching ids when there are at most
 * MATCH_ID_CAP, else the plain condition (every row is read anyway).
 */
export async function assetWhere(tx: Queryable, actor: Actor, filter: AssetFilter): Promise<SQL | undefined> {
  const ids = filter.q ? await assetMatchIds(tx, { ...filter, q: filter.q }, MATCH_ID_CAP) : [];
  const text = filter.q && ids.length <= MATCH_ID_CAP ? assetIdIn(ids) : undefined;
  return assetFilterSql(actor, filter, text);
}
