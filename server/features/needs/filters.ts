import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedOrigin, NeedStatus } from '../../../domain/needs/need.js';
import { toSearchQuery } from '../../../domain/thai/index.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inArea, needsInViewScope } from './access.js';
import { needs } from './tables.js';

/** The filters the list, the export and the roll-ups share. */
export type NeedFilter = {
  areaCode?: string;
  status?: NeedStatus;
  origin?: NeedOrigin;
  dimensionId?: number;
  fiscalYear?: number;
  q?: string;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Thai words (segmented, prefix-matched, GIN on search_tokens), a substring of title + description
 * (trigram GIN on the same expression) or a reference number (unique btree).
 */
export function needTextMatches(q: string): SQL {
  const substring = `%${escapeLike(q)}%`;
  const tsQuery = toSearchQuery(q);
  const conditions = [
    sql`(${needs.title} || ' ' || ${needs.description}) ilike ${substring}`,
    sql`${needs.referenceNo} = ${q.trim().toUpperCase()}`,
    ...(tsQuery ? [sql`${needs.searchTokens} @@ to_tsquery('simple', ${tsQuery})`] : []),
  ];
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/**
 * The WHERE of a filtered need query within the actor's view scope; asking for an area outside the
 * scope is refused (403) rather than answered with nothing.
 */
export function needFilterSql(
  actor: Actor,
  filter: NeedFilter,
  options: { excludeMerged?: boolean } = {},
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
    filter.q ? needTextMatches(filter.q) : undefined,
    options.excludeMerged ? ne(needs.status, 'merged') : undefined,
  );
}
