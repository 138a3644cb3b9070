import { and, asc, eq, inArray, or, gt, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import type { HouseholdFilter, HouseholdListQuery } from '../../../domain/households/household-input.js';
import type { HouseholdList } from '../../../domain/households/household-response.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { presentHousehold } from './presenter.js';
import { householdMembers, households } from './tables.js';

/** The case filters as SQL (equality on indexed columns only); row-level security adds the province wall. */
export function householdFilterSql(actor: Actor, filter: HouseholdFilter): SQL | undefined {
  authorize(actor, 'household.read', filter.areaCode ?? filter.provinceCode);
  const area = filter.areaCode;
  const areaColumn =
    area === undefined
      ? undefined
      : area.length === 2
        ? households.provinceCode
        : area.length === 4
          ? households.districtCode
          : area.length === 6
            ? households.subdistrictCode
            : households.areaCode;
  return and(
    filter.provinceCode ? eq(households.provinceCode, filter.provinceCode) : undefined,
    areaColumn && area ? eq(areaColumn, area) : undefined,
    filter.status ? eq(households.status, filter.status) : undefined,
    filter.shortfall ? sql`${filter.shortfall} = any(${households.shortfalls})` : undefined,
  );
}

/** Member count and masked head name of each case on a page. */
export async function memberSummaries(tx: Queryable, ids: readonly string[]) {
  const rows =
    ids.length === 0
      ? []
      : await tx
          .select({
            householdId: householdMembers.householdId,
            relation: householdMembers.relation,
            position: householdMembers.position,
            nameMasked: householdMembers.nameMasked,
          })
          .from(householdMembers)
          .where(inArray(householdMembers.householdId, [...ids]))
          .orderBy(asc(householdMembers.position));
  const summaries = new Map<string, { count: number; headMasked: string | null }>();
  for (const row of rows) {
    const summary = summaries.get(row.householdId) ?? { count: 0, headMasked: null };
    summary.count += 1;
    if (row.relation === 'head' || summary.headMasked === null) {
      summary.headMasked = row.relation === 'head' ? row.nameMasked : (summary.headMasked ?? row.nameMasked);
    }
    summaries.set(row.householdId, summary);
  }
  return summaries;
}

/** Cases by area then id, a keyset page at a time; members appear only masked. */
export async function listHouseholds(
  deps: DatabaseDeps,
  actor: Actor,
  query: HouseholdListQuery,
): Promise<HouseholdList> {
  const where = householdFilterSql(actor, query);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const after = query.cursor
      ? or(
          gt(households.areaCode, query.cursor.areaCode),
          and(eq(households.areaCode, query.cursor.areaCode), gt(households.id, query.cursor.id)),
        )
      : undefined;
    const rows = await tx
      .select()
      .from(households)
      .where(and(where, after))
      .orderBy(asc(households.areaCode), asc(households.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const members = await memberSummaries(
      tx,
      page.map((row) => row.id),
    );
    const last = page.at(-1);
    return {
      items: page.map((row) => presentHousehold(row, members.get(row.id) ?? { count: 0, headMasked: null })),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor({ areaCode: last.areaCode, id: last.id }) : null,
    };
  });
}
