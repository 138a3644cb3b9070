import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  addOrphanCounts,
  ORPHAN_KINDS,
  UNANSWERED_NEED_DAYS,
  unansweredCutoff,
  type OrphanCounts,
  type OrphanKind,
  type OrphanKindCounts,
  type OrphansQuery,
} from '../../../domain/results/orphans.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { memberProvincesOf } from '../plans/public.js';
import { orphanRollups as o } from './orphan-tables.js';

const zeros = () => addOrphanCounts([]);

/**
 * Each province's orphan counts for a fiscal year from the trigger-kept `orphan_rollups`, in the
 * caller's actor transaction (RLS: the reader's provinces only); `provinceCodes` null = all of them.
 * Needs count once they are older than the cut-off day; assets are not bound to a year.
 */
export async function orphanCountsByProvince(
  tx: Queryable,
  fiscalYear: number,
  provinceCodes: readonly string[] | null,
): Promise<{ provinceCode: string; counts: OrphanKindCounts }[]> {
  const cutoff = unansweredCutoff(toBangkokIsoDate(new Date()));
  const rows = await tx
    .select({
      provinceCode: o.provinceCode,
      kind: o.kind,
      items: sql<number>`sum(${o.items})::int`.mapWith(Number),
    })
    .from(o)
    .where(
      and(
        provinceCodes === null ? undefined : inArray(o.provinceCode, [...provinceCodes]),
        or(eq(o.fiscalYear, fiscalYear), and(eq(o.fiscalYear, 0), sql`${o.receivedOn} < ${cutoff}`)),
      ),
    )
    .groupBy(o.provinceCode, o.kind)
    .orderBy(o.provinceCode);
  const byProvince = new Map<string, OrphanKindCounts>();
  for (const row of rows) {
    const counts = byProvince.get(row.provinceCode) ?? zeros();
    if ((ORPHAN_KINDS as readonly string[]).includes(row.kind)) {
      counts[row.kind as OrphanKind] += row.items;
    }
    byProvince.set(row.provinceCode, counts);
  }
  return [...byProvince]
    .filter(([, counts]) => ORPHAN_KINDS.some((kind) => counts[kind] !== 0))
    .map(([provinceCode, counts]) => ({ provinceCode, counts }));
}

/** GET /results/orphans: a province's, a cluster's (members added) or the nation's loose ends. */
export async function orphanCounts(
  deps: DatabaseDeps,
  actor: Actor,
  query: OrphansQuery,
): Promise<OrphanCounts> {
  authorize(actor, 'result.read', query.provinceCode);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const codes = query.provinceCode
      ? [query.provinceCode]
      : query.clusterId
        ? await memberProvincesOf(tx, query.clusterId)
        : null;
    const provinces = codes?.length === 0 ? [] : await orphanCountsByProvince(tx, query.fiscalYear, codes);
    return {
      level: query.provinceCode ? 'province' : query.clusterId ? 'cluster' : 'nation',
      provinceCode: query.provinceCode ?? null,
      clusterId: query.clusterId ?? null,
      fiscalYear: query.fiscalYear,
      unansweredAfterDays: UNANSWERED_NEED_DAYS,
      counts: addOrphanCounts(provinces.map((province) => province.counts)),
      provinces,
    };
  });
}
