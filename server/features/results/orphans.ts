import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import { YEAR_PERIOD } from '../../../domain/results/kpi-actuals.js';
import {
  pageByCode,
  unansweredCutoff,
  type OrphanItem,
  type OrphanKind,
  type OrphanList,
  type OrphanListQuery,
} from '../../../domain/results/orphans.js';
import { bangkokMidnight, toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { assetsWithoutReceiver } from '../assets/public.js';
import { unansweredNeeds } from '../needs/public.js';
import { yearKpisOfProvincePage } from '../plans/public.js';
import { kpiNamedByProvinceProject, provinceProjectsPage } from '../projects/public.js';
import { kpiActuals } from './kpi-tables.js';
import { orphanCountsByProvince } from './orphan-counts.js';
import { progressReports } from './tables.js';

/** One kind's list in code order, a keyset page read in SQL: `limit` + 1 rows after the cursor. */
type Lister = (tx: Queryable, actor: Actor, query: OrphanListQuery) => Promise<OrphanItem[]>;
const pageOf = (query: OrphanListQuery) => ({ after: query.cursor?.code, limit: query.limit });

const asProject = (project: { id: string; code: string; title: string }): OrphanItem => ({
  id: project.id,
  code: project.code,
  title: project.title,
  entity: 'project',
});

/** A page of the province's published plan KPIs with a target in the year meeting `kpiIdMeets`, by id. */
async function yearKpisPage(
  tx: Queryable,
  query: OrphanListQuery,
  kpiIdMeets: (kpiId: SQLWrapper) => SQL,
): Promise<OrphanItem[]> {
  const kpis = await yearKpisOfProvincePage(
    tx,
    { provinceCode: query.provinceCode, fiscalYear: query.fiscalYear, kpiIdMeets },
    pageOf(query),
  );
  return kpis.map((kpi) => ({ id: kpi.id, code: kpi.id, title: kpi.name, entity: 'kpi' }));
}

/** Each list of the orphans report, as the roll-up's trigger counts it (RLS applies throughout). */
const LISTERS: Record<OrphanKind, Lister> = {
  unanswered_needs: async (tx, _actor, query) => {
    const [year, month, day] = unansweredCutoff(toBangkokIsoDate(new Date())).split('-').map(Number);
    const receivedBefore = bangkokMidnight(year ?? 0, month ?? 0, day ?? 0);
    return (await unansweredNeeds(tx, query.provinceCode, receivedBefore, pageOf(query))).map((need) => ({
      id: need.id,
      code: need.referenceNo,
      title: need.title,
      entity: 'need',
    }));
  },
  projects_without_kpi: async (tx, actor, query) =>
    (
      await provinceProjectsPage(
        tx,
        actor,
        { provinceCode: query.provinceCode, fiscalYear: query.fiscalYear, withoutKpi: true },
        pageOf(query),
      )
    ).map(asProject),
  kpis_without_projects: (tx, _actor, query) =>
    yearKpisPage(tx, query, (kpiId) => sql`not ${kpiNamedByProvinceProject(kpiId, query)}`),
  missed_targets: (tx, _actor, query) =>
    yearKpisPage(
      tx,
      query,
      (kpiId) => sql`exists (select 1 from ${kpiActuals} a where a.kpi_id = ${kpiId}
        and a.fiscal_year = ${query.fiscalYear} and a.period = ${YEAR_PERIOD} and not a.achieved)`,
    ),
  assets_without_receiver: async (tx, _actor, query) =>
    (await assetsWithoutReceiver(tx, query.provinceCode, pageOf(query))).map((asset) => ({
      id: asset.id,
      code: asset.code,
      title: asset.description,
      entity: 'asset',
    })),
  completed_without_results: async (tx, actor, query) =>
    (
      await provinceProjectsPage(
        tx,
        actor,
        {
          provinceCode: query.provinceCode,
          fiscalYear: query.fiscalYear,
          statuses: ['completed', 'closed'],
          projectIdMeets: (projectId) =>
            sql`not exists (select 1 from ${progressReports} r where r.project_id = ${projectId})`,
        },
        pageOf(query),
      )
    ).map(asProject),
};

/**
 * GET /results/orphans/{kind}: one province's list of one kind, a keyset page (by code) at a time,
 * with the count from the trigger-kept roll-ups.
 */
export async function orphanList(
  deps: DatabaseDeps,
  actor: Actor,
  kind: OrphanKind,
  query: OrphanListQuery,
): Promise<OrphanList> {
  authorize(actor, 'result.read', query.provinceCode);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const items = await LISTERS[kind](tx, actor, query);
    const { page, last, more } = pageByCode(items, query.cursor?.code, query.limit);
    const [counted] = await orphanCountsByProvince(tx, query.fiscalYear, [query.provinceCode]);
    return {
      kind,
      total: counted?.counts[kind] ?? 0,
      items: page,
      nextCursor: more && last ? encodeCursor({ code: last.code }) : null,
    };
  });
}
