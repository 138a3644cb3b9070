import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedFilter } from '../../../domain/needs/need-query.js';
import { toSearchQuery } from '../../../domain/thai/index.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inArea, needsInViewScope } from './access.js';
import { needs } from './tables.js';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Up to this many matches the list pages over their ids; more, and the newest-first walk finds a page fast. */
export const MATCH_ID_CAP = 1000;

/** The pieces of a text query: segmented words (prefix), a substring (3+ characters) and a reference number. */
function textQueryParts(q: string) {
  const trimmed = q.trim();
  return {
    words: toSearchQuery(trimmed),
    pattern: [...trimmed].length >= 3 ? `%${escapeLike(trimmed)}%` : null,
    reference: trimmed.toUpperCase(),
  };
}

/**
 * Thai words (segmented, prefix-matched, GIN on search_tokens), a substring of title + description
 * (trigram GIN on the same expression) or a reference number (unique btree).
 */
export function needTextMatches(q: string): SQL {
  const { words, pattern, reference } = textQueryParts(q);
  const conditions = [
    sql`${needs.referenceNo} = ${reference}`,
    ...(pattern ? [sql`(${needs.title} || ' ' || ${needs.description}) ilike ${pattern}`] : []),
    ...(words ? [sql`${needs.searchTokens} @@ to_tsquery('simple', ${words})`] : []),
  ];
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/**
 * The text condition for a list under row-level security: the matching ids when there are few (found
 * through the indexes by need_text_match_ids, same province wall, best match first), else the plain
 * condition.
 */
export async function needTextCondition(
  tx: Queryable,
  q: string,
): Promise<{ condition: SQL; moreThanCap: boolean; rankedIds: string[] }> {
  const { words, pattern, reference } = textQueryParts(q);
  const [row] = await selectRows<{ ids: string[] }>(
    tx,
    sql`select need_text_match_ids(${words}, ${pattern}, ${reference}, ${MATCH_ID_CAP}) as ids`,
  );
  const ids = row?.ids ?? [];
  return ids.length > MATCH_ID_CAP
    ? { condition: needTextMatches(q), moreThanCap: true, rankedIds: [] }
    : { condition: sql`${needs.id} = any(${sql.param(ids)}::uuid[])`, moreThanCap: false, rankedIds: ids };
}

/**
 * The WHERE of a filtered need query within the actor's view scope; asking for an area outside the
 * scope is refused (403) rather than answered with nothing.
 */
export function needFilterSql(
  actor: Actor,
  filter: NeedFilter,
  options: { excludeMerged?: boolean; text?: SQL } = {},
): SQL | undefined {
  if (filter.areaCode) {
    authorize(actor, 'need.read', filter.areaCode);
  }
  return and(
    needsInViewScope(actor),
    filter.areaCode ? inArea(needs, filter.areaCode) : undefined,
    filter.status ? eq(needs.status, filter.status) : undefined,
    filter.origin ? eq(needs.origin, filter.origin) : undefined,
    filter.dimensionId ? eq(needs.dimensionId, filter.dimensionId) : undefined,
    filter.fiscalYear ? eq(needs.fiscalYear, filter.fiscalYear) : undefined,
    filter.q ? (options.text ?? needTextMatches(filter.q)) : undefined,
    options.excludeMerged ? ne(needs.status, 'merged') : undefined,
  );
}
