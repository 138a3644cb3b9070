import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AssetFilter } from '../../../domain/assets/asset-input.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inProjectViewScope } from '../projects/public.js';
import { assets } from './tables.js';

/** Up to this many search matches the register pages over their ids; more, and a code-order walk finds a page fast. */
export const MATCH_ID_CAP = 1000;

/** A LIKE pattern matching `text` literally anywhere (its own % and _ escaped). */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The plain search condition: a substring of code, description, GFMIS number or custodian. */
const textMatches = (q: string): SQL => sql`${assets.searchText} ilike ${containing(q)}`;

/**
 * The search condition for a query under row-level security, where ILIKE cannot use the trigram
 * index: the matching ids when there are few (found through the index by asset_text_match_ids behind
 * the same wall), else the plain condition (a common substring, which a code-order walk meets soon).
 */
export async function assetTextCondition(
  tx: Queryable,
  q: string,
): Promise<{ condition: SQL; moreThanCap: boolean }> {
  const [row] = await selectRows<{ ids: string[] }>(
    tx,
    sql`select asset_text_match_ids(${containing(q)}, ${MATCH_ID_CAP}) as ids`,
  );
  const ids = row?.ids ?? [];
  return ids.length > MATCH_ID_CAP
    ? { condition: textMatches(q), moreThanCap: true }
    : { condition: sql`${assets.id} = any(${sql.param(ids)}::uuid[])`, moreThanCap: false };
}

/**
 * The register's filters as SQL within the actor's view scope, stated explicitly so the province and
 * cluster indexes serve it (row-level security stays the wall behind it); `text` is the search
 * condition from assetTextCondition.
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

/** The WHERE of a filtered register query (map, export): the search resolved through the index. */
export async function assetWhere(tx: Queryable, actor: Actor, filter: AssetFilter): Promise<SQL | undefined> {
  const text = filter.q ? await assetTextCondition(tx, filter.q) : undefined;
  return assetFilterSql(actor, filter, text?.condition);
}
