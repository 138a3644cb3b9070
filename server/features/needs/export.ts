import { PassThrough, type Readable } from 'node:stream';
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedFilter } from '../../../domain/needs/need-query.js';
import { formatSheetDate } from '../../../domain/needs/sheet-values.js';
import { NEED_ORIGIN_LABELS, NEED_STATUS_LABELS } from '../../../domain/needs/need.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import { areas } from '../areas/tables.js';
import { clusterMembersOf, needFilterSql, needTextCondition } from './filters.js';
import { streamNeedWorkbook, type NeedSheetValues } from './sheet.js';
import { needDimensions, needs } from './tables.js';

const EXPORT_LIMIT = 50_000;
const EXPORT_BATCH = 1000;

function sheetRowOf(
  need: typeof needs.$inferSelect,
  areaNameTh: string | null,
  dimensionNameTh: string | null,
): NeedSheetValues {
  return {
    reference_no: need.referenceNo,
    area_code: need.areaCode,
    area_name: areaNameTh,
    title: need.title,
    description: need.description,
    origin: NEED_ORIGIN_LABELS[need.origin].th,
    source_document: need.sourceDocument,
    source_date: formatSheetDate(need.sourceDate),
    dimension: dimensionNameTh,
    households: need.households,
    people: need.people,
    source_priority: need.sourcePriority,
    fiscal_year: need.fiscalYear,
    status: NEED_STATUS_LABELS[need.status].th,
  };
}

/** The matching needs by reference number, read in keyset batches of 1,000 (never all at once). */
async function* exportRows(tx: Queryable, where: SQL | undefined): AsyncGenerator<NeedSheetValues> {
  let after: string | null = null;
  for (let read = 0; read < EXPORT_LIMIT;) {
    const batch = await tx
      .select({ need: needs, areaNameTh: areas.nameTh, dimensionNameTh: needDimensions.nameTh })
      .from(needs)
      .leftJoin(areas, eq(areas.code, needs.areaCode))
      .leftJoin(needDimensions, eq(needDimensions.id, needs.dimensionId))
      .where(and(where, after === null ? undefined : gt(needs.referenceNo, after)))
      .orderBy(asc(needs.referenceNo))
      .limit(Math.min(EXPORT_BATCH, EXPORT_LIMIT - read));
    for (const row of batch) {
      yield sheetRowOf(row.need, row.areaNameTh, row.dimensionNameTh);
    }
    read += batch.length;
    after = batch.at(-1)?.need.referenceNo ?? null;
    if (batch.length < EXPORT_BATCH || after === null) {
      return;
    }
  }
}

/**
 * The filtered needs as the import template's columns, so the file can be edited and imported again,
 * streamed as it is written. Permission, scope and the cluster are checked before the first byte (a
 * 403, 404 or 400 stays a problem+json answer); a database failure later ends the download early instead.
 */
export async function exportNeeds(deps: DatabaseDeps, actor: Actor, filter: NeedFilter): Promise<Readable> {
  authorize(actor, 'need.read');
  // A read of its own only for a cluster, so its 404 or 400 comes before the first byte too.
  const clusterMembers =
    filter.clusterId === undefined
      ? undefined
      : await inActorReadTransaction(deps.database, actor, (tx) => clusterMembersOf(tx, filter));
  needFilterSql(actor, filter, { clusterMembers });
  const output = new PassThrough();
  inActorReadTransaction(deps.database, actor, async (tx) => {
    const dimensions = await tx.select().from(needDimensions).orderBy(asc(needDimensions.sortOrder));
    const text = filter.q ? await needTextCondition(tx, filter.q) : undefined;
    const where = needFilterSql(actor, filter, { text: text?.condition, clusterMembers });
    await streamNeedWorkbook(output, exportRows(tx, where), dimensions);
  }).catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
