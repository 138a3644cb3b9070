import { and, asc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedFilter } from '../../../domain/needs/need-query.js';
import { toSearchQuery } from '../../../domain/thai/index.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { clusterMemberships, clusters } from '../areas/tables.js';
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

const CLUSTER = { th: 'กลุ่มจังหวัด', en: 'Cluster' };

/**
 * The provinces a cluster filter stands for (its members today), or undefined without one. An unknown
 * cluster is not found (404); an area outside the members is refused (400), as it could match nothing.
 */
export async function clusterMembersOf(
  tx: Queryable,
  filter: Pick<NeedFilter, 'areaCode' | 'clusterId'>,
): Promise<string[] | undefined> {
  if (filter.clusterId === undefined) {
    return undefined;
  }
  const rows = await tx
    .select({ provinceCode: clusterMemberships.provinceCode })
    .from(clusters)
    .leftJoin(
      clusterMemberships,
      and(eq(clusterMemberships.clusterId, clusters.id), isNull(clusterMemberships.validTo)),
    )
    .where(eq(clusters.id, filter.clusterId))
    .orderBy(asc(clusterMemberships.provinceCode));
  if (rows.length === 0) {
    throw notFound(CLUSTER);
  }
  const members = rows.flatMap((row) => (row.provinceCode === null ? [] : [row.provinceCode]));
  if (filter.areaCode && !members.includes(filter.areaCode.slice(0, 2))) {
    throw invalid([
      {
        path: 'querystring.areaCode',
        message: {
          th: 'พื้นที่ที่เลือกไม่อยู่ในกลุ่มจังหวัดที่เลือก',
          en: 'The area chosen is not in the cluster chosen',
        },
      },
    ]);
  }
  return members;
}

/** Needs in a cluster's member provinces: equality on the province, which the province-leading indexes serve. */
function inProvinces(members: readonly string[]): SQL {
  return sql`${needs.provinceCode} = any(${sql.param(members)}::text[])`;
}

/**
 * The WHERE of a filtered need query within the actor's view scope; asking for an area outside the
 * scope is refused (403) rather than answered with nothing. A cluster filter comes resolved by
 * clusterMembersOf; within a narrower view it lists the members the actor sees.
 */
export function needFilterSql(
  actor: Actor,
  filter: NeedFilter,
  options: { excludeMerged?: boolean; text?: SQL; clusterMembers?: readonly string[] } = {},
): SQL | undefined {
  if (filter.areaCode) {
    authorize(actor, 'need.read', filter.areaCode);
  }
  if (filter.clusterId !== undefined && !options.clusterMembers) {
    throw new Error('a cluster filter needs its member provinces resolved');
  }
  return and(
    needsInViewScope(actor),
    filter.areaCode ? inArea(needs, filter.areaCode) : undefined,
    options.clusterMembers ? inProvinces(options.clusterMembers) : undefined,
    filter.status ? eq(needs.status, filter.status) : undefined,
    filter.origin ? eq(needs.origin, filter.origin) : undefined,
    filter.dimensionId ? eq(needs.dimensionId, filter.dimensionId) : undefined,
    filter.fiscalYear ? eq(needs.fiscalYear, filter.fiscalYear) : undefined,
    filter.q ? (options.text ?? needTextMatches(filter.q)) : undefined,
    options.excludeMerged ? ne(needs.status, 'merged') : undefined,
  );
}
