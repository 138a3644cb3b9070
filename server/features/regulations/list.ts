import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import type { RegulationListQuery } from '../../../domain/regulations/regulation-input.js';
import type { RegulationPage, RegulationSummary } from '../../../domain/regulations/responses.js';
import { toSearchQuery } from '../../../domain/thai/index.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { presentRegulationSummary } from './presenter.js';
import { regulationProvisions, regulations } from './tables.js';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
const MATCHED_PER_ENTRY = 3;

/**
 * A text query as the needs search reads it: Thai words segmented and prefix-matched against the
 * stored tokens (GIN), or the phrase as a substring when it has 3+ characters (a phrase the segmenter
 * cuts differently still matches).
 */
function textParts(q: string) {
  const trimmed = q.trim();
  return {
    words: toSearchQuery(trimmed),
    pattern: [...trimmed].length >= 3 ? `%${escapeLike(trimmed)}%` : null,
  };
}

function provisionMatches(q: string): SQL {
  const { words, pattern } = textParts(q);
  return or(
    ...(words ? [sql`${regulationProvisions.searchTokens} @@ to_tsquery('simple', ${words})`] : []),
    ...(pattern
      ? [
          sql`(${regulationProvisions.reference} || ' ' || coalesce(${regulationProvisions.heading}, '') || ' ' || ${regulationProvisions.text}) ilike ${pattern}`,
        ]
      : []),
  ) as SQL;
}

function entryMatches(q: string): SQL {
  const { words, pattern } = textParts(q);
  return or(
    ...(words ? [sql`${regulations.searchTokens} @@ to_tsquery('simple', ${words})`] : []),
    ...(pattern
      ? [
          sql`(${regulations.titleTh} || ' ' || coalesce(${regulations.number}, '') || ' ' || ${regulations.summary}) ilike ${pattern}`,
        ]
      : []),
    sql`exists (select 1 from ${regulationProvisions} where ${regulationProvisions.regulationId} = ${regulations.id} and ${provisionMatches(q)})`,
  ) as SQL;
}

/** Provisions of the page's entries that matched, best match first, a few per entry. */
async function matchedProvisions(tx: Queryable, ids: string[], q: string) {
  if (ids.length === 0) {
    return new Map<string, RegulationSummary['matchedProvisions']>();
  }
  const words = textParts(q).words;
  const rank = words
    ? sql`ts_rank(${regulationProvisions.searchTokens}, to_tsquery('simple', ${words}))`
    : sql`0`;
  const rows = await tx
    .select({
      id: regulationProvisions.id,
      regulationId: regulationProvisions.regulationId,
      reference: regulationProvisions.reference,
      heading: regulationProvisions.heading,
    })
    .from(regulationProvisions)
    .where(and(inArray(regulationProvisions.regulationId, ids), provisionMatches(q)))
    .orderBy(desc(rank), asc(regulationProvisions.sortOrder));
  const byEntry = new Map<string, RegulationSummary['matchedProvisions']>();
  for (const { regulationId, ...provision } of rows) {
    const list = byEntry.get(regulationId) ?? [];
    if (list.length < MATCHED_PER_ENTRY) {
      byEntry.set(regulationId, [...list, provision]);
    }
  }
  return byEntry;
}

/** The library, newest first, filtered and searched (Thai words or a phrase), a keyset page at a time. */
export async function listRegulations(
  deps: DatabaseDeps,
  actor: Actor,
  query: RegulationListQuery,
): Promise<RegulationPage> {
  authorize(actor, 'regulation.read');
  const after = query.cursor
    ? sql`(${regulations.issuedOn} < ${query.cursor.on} or (${regulations.issuedOn} = ${query.cursor.on} and ${regulations.id} > ${query.cursor.id}))`
    : undefined;
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select()
      .from(regulations)
      .where(
        and(
          query.kind ? eq(regulations.kind, query.kind) : undefined,
          query.status ? eq(regulations.status, query.status) : undefined,
          query.q ? entryMatches(query.q) : undefined,
          after,
        ),
      )
      .orderBy(desc(regulations.issuedOn), asc(regulations.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const matched = query.q
      ? await matchedProvisions(
          tx,
          page.map((row) => row.id),
          query.q,
        )
      : new Map<string, RegulationSummary['matchedProvisions']>();
    const last = page.at(-1);
    return {
      items: page.map((row) => presentRegulationSummary(row, matched.get(row.id) ?? [])),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ on: last.issuedOn, id: last.id }) : null,
    };
  });
}
