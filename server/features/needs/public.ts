import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { NeedFacts, NeedStatus } from '../../../domain/needs/need.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { presentNeed } from './presenter.js';
import { needs } from './tables.js';
import { insertNeeds } from './writes.js';

/**
 * What other features (the dashboards, the public portal) use of needs. Runs in the caller's actor
 * transaction, so row-level security applies.
 */
export type NeedStatusCount = { areaCode: string; provinceCode: string; status: NeedStatus; needs: number };

/**
 * Needs per status of a fiscal year from the trigger-kept `need_rollups`, per province (`level` 2)
 * or per district of one province (`level` 4); never reads the needs table.
 */
export async function needStatusCounts(
  tx: Queryable,
  where: { fiscalYear: number; level: 2 | 4; provinceCode?: string },
): Promise<NeedStatusCount[]> {
  const province = where.provinceCode === undefined ? sql`` : sql`and province_code = ${where.provinceCode}`;
  const rows = await selectRows<{
    scope_code: string;
    province_code: string;
    key: NeedStatus;
    needs: number;
  }>(
    tx,
    sql`select scope_code, province_code, key, needs from need_rollups
         where scope_level = ${where.level} and kind = 'status' and fiscal_year = ${where.fiscalYear}
           and needs <> 0 ${province}`,
  );
  return rows.map((row) => ({
    areaCode: row.scope_code,
    provinceCode: row.province_code,
    status: row.key,
    needs: Number(row.needs),
  }));
}

/**
 * Enters a need nobody signed in typed (the public portal): it runs in the caller's transaction, whose province wall must allow writing
 * in the need's province, lands in the screening queue as "received" and is audited under `actorName`.
 */
export async function recordNeedFromOutside(
  tx: Queryable,
  facts: NeedFacts,
  actorName: string,
): Promise<{ id: string; referenceNo: string; provinceCode: string }> {
  const [created] = await insertNeeds(tx, null, [facts]);
  if (!created) {
    throw new Error('insert returned no row');
  }
  await recordAudit(tx, null, {
    entityType: 'need',
    entityId: created.id,
    action: 'create',
    after: presentNeed(created),
    provinceCode: created.provinceCode,
    actorName,
  });
  return { id: created.id, referenceNo: created.referenceNo, provinceCode: created.provinceCode };
}

/**
 * Needs of a province still received or screened (no answer: not linked, forwarded, merged or
 * rejected) that came in before `receivedBefore`, by reference number, a keyset page (`limit` + 1
 * rows after `after`, so the caller knows there is more): the orphans report's first list.
 */
export async function unansweredNeeds(
  tx: Queryable,
  provinceCode: string,
  receivedBefore: Date,
  page: { after: string | undefined; limit: number },
) {
  return tx
    .select({ id: needs.id, referenceNo: needs.referenceNo, title: needs.title })
    .from(needs)
    .where(
      and(
        eq(needs.provinceCode, provinceCode),
        inArray(needs.status, ['received', 'screened']),
        lt(needs.createdAt, receivedBefore),
        page.after === undefined ? undefined : gt(needs.referenceNo, page.after),
      ),
    )
    .orderBy(asc(needs.referenceNo))
    .limit(page.limit + 1);
}

export { loadManageableNeed, loadVisibleNeed } from './access.js';
export { attachmentDisposition, uploadReader } from './attachments.js';
export { createNeed, describeNeeds, linkNeedsToEntity, recordNeed } from './service.js';
