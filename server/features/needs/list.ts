import { and, eq, sql, type SQL } from 'drizzle-orm';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedListQuery } from '../../../domain/needs/need-query.js';
import type { NeedList } from '../../../domain/needs/need-response.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import { invalid } from '../../platform/http/errors.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { executeNamed, literalLimit } from '../../platform/db/named-statement.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { areas } from '../areas/tables.js';
import { clusterMembersOf, MATCH_ID_CAP, needFilterSql, needTextCondition } from './filters.js';
import { presentNeed } from './presenter.js';
import { rollupBase } from './rollup-scope.js';
import { needDimensions, needs } from './tables.js';

/** Beyond this many matches the list says "more than" instead of scanning the scope for an exact count. */
const COUNT_CAP = MATCH_ID_CAP;

/**
 * The exact count from the roll-ups when they hold it (area or cluster, fiscal year, status); else a
 * capped count.
 */
async function countNeeds(
  tx: Queryable,
  actor: Actor,
  query: NeedListQuery,
  where: SQL | undefined,
  clusterMembers: readonly string[] | undefined,
) {
  if (!query.q && !query.origin && !query.dimensionId) {
    const base = rollupBase(actor, query.areaCode);
    const [row] = await selectRows<{ total: number }>(
      tx,
      sql`select coalesce(sum(needs), 0)::int as total from need_rollups
        where kind = 'status' and ${base}
        ${clusterMembers ? sql`and province_code = any(${sql.param(clusterMembers)}::text[])` : sql``}
        ${query.status ? sql`and key = ${query.status}` : sql``}
        ${query.fiscalYear ? sql`and fiscal_year = ${query.fiscalYear}` : sql``}`,
    );
    return { total: Number(row?.total ?? 0), totalExact: true };
  }
  const [row] = await selectRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total from (select 1 from ${needs} where ${where ?? sql`true`} limit ${COUNT_CAP + 1}) capped`,
  );
  const total = Number(row?.total ?? 0);
  return total > COUNT_CAP ? { total: COUNT_CAP, totalExact: false } : { total, totalExact: true };
}

const cursorWithRelevance = () =>
  invalid([
    {
      path: 'querystring.cursor',
      message: {
        th: 'เรียงตามความตรงใช้การแบ่งหน้าด้วย offset ไม่ใช่ cursor',
        en: 'A list sorted by relevance pages by offset, not by cursor',
      },
    },
  ]);

/**
 * Needs matching the filters with their area and dimension names, newest first: pages follow the
 * opaque `nextCursor` (index-served at any depth); `offset` stays for the first few small pages. A
 * search sorted by relevance orders its (at most 1,000) matches as need_text_match_ids ranked them
 * and pages by offset.
 */
export async function listNeeds(deps: DatabaseDeps, actor: Actor, query: NeedListQuery): Promise<NeedList> {
  authorize(actor, 'need.read');
  if (query.sort === 'relevance' && query.cursor) {
    throw cursorWithRelevance();
  }
  const after = query.cursor
    ? sql`(${needs.createdAt}, ${needs.referenceNo}) < (${query.cursor.at}::timestamptz, ${query.cursor.ref})`
    : undefined;
  return inActorTransaction(deps.database, actor, async (tx) => {
    const clusterMembers = await clusterMembersOf(tx, query);
    const text = query.q ? await needTextCondition(tx, query.q) : undefined;
    const where = needFilterSql(actor, query, { text: text?.condition, clusterMembers });
    const ranked = query.sort === 'relevance' && text && !text.moreThanCap ? text.rankedIds : undefined;
    const pageQuery = tx
      .select({
        need: needs,
        areaNameTh: areas.nameTh,
        dimensionNameTh: needDimensions.nameTh,
        at: sql<string>`${needs.createdAt}::text`,
      })
      .from(needs)
      .leftJoin(areas, eq(areas.code, needs.areaCode))
      .leftJoin(needDimensions, eq(needDimensions.id, needs.dimensionId))
      .where(and(where, after))
      .orderBy(
        ...(ranked ? [sql`array_position(${sql.param(ranked)}::uuid[], ${needs.id})`] : []),
        sql`${needs.createdAt} desc`,
        sql`${needs.referenceNo} desc`,
      )
      .limit(literalLimit(query.limit + 1));
    const offset = query.cursor ? 0 : query.offset;
    // Named when there is no offset (first and cursor pages, nearly every call); an offset is sent as
    // a parameter and would leave PostgreSQL planning the statement anew each time anyway.
    const rows = offset ? await pageQuery.offset(offset) : await executeNamed(pageQuery);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const counted = text?.moreThanCap
      ? { total: COUNT_CAP, totalExact: false }
      : await countNeeds(tx, actor, query, where, clusterMembers);
    const more = rows.length > query.limit && last && !ranked;
    return {
      items: page.map((row) => presentNeed(row.need, row)),
      ...counted,
      nextCursor: more ? encodeCursor({ at: last.at, ref: last.need.referenceNo }) : null,
    };
  });
}
