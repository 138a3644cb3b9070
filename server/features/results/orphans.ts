import { and, eq, inArray } from 'drizzle-orm';
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
import { publishedKpisOfProvince } from '../plans/public.js';
import { listProjectsFor, loadProjectsByIds } from '../projects/public.js';
import { kpiActuals } from './kpi-tables.js';
import { progressReports } from './tables.js';

type Lister = (tx: Queryable, actor: Actor, query: OrphanListQuery) => Promise<OrphanItem[]>;
const byCode = (a: OrphanItem, b: OrphanItem) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The province's projects of the year (in code order) with their KPI links. */
async function provinceProjects(tx: Queryable, actor: Actor, { provinceCode, fiscalYear }: OrphanListQuery) {
  const summaries = await listProjectsFor(tx, actor, { fiscalYear, provinceCode });
  return loadProjectsByIds(
    tx,
    actor,
    summaries.map((project) => project.id),
  );
}

const asProject = (project: { id: string; code: string; title: string }): OrphanItem => ({
  id: project.id,
  code: project.code,
  title: project.title,
  entity: 'project',
});

/** The KPIs of the province's published plans with a target in the year, as items in code order. */
async function yearKpis(tx: Queryable, actor: Actor, { provinceCode, fiscalYear }: OrphanListQuery) {
  return (await publishedKpisOfProvince(tx, actor, provinceCode, fiscalYear))
    .filter((kpi) => kpi.targets.some((target) => target.fiscalYear === fiscalYear))
    .map((kpi): OrphanItem => ({ id: kpi.id, code: kpi.id, title: kpi.name, entity: 'kpi' }))
    .sort(byCode);
}

/** Each list of the orphans report, as the roll-up's trigger counts it (RLS applies throughout). */
const LISTERS: Record<OrphanKind, Lister> = {
  unanswered_needs: async (tx, _actor, { provinceCode }) => {
    const [year, month, day] = unansweredCutoff(toBangkokIsoDate(new Date())).split('-').map(Number);
    const receivedBefore = bangkokMidnight(year ?? 0, month ?? 0, day ?? 0);
    return (await unansweredNeeds(tx, provinceCode, receivedBefore)).map((need) => ({
      id: need.id,
      code: need.referenceNo,
      title: need.title,
      entity: 'need',
    }));
  },
  projects_without_kpi: async (tx, actor, query) =>
    (await provinceProjects(tx, actor, query))
      .filter((project) => project.links.kpiIds.length === 0)
      .map(asProject),
  kpis_without_projects: async (tx, actor, query) => {
    const linked = new Set(
      (await provinceProjects(tx, actor, query)).flatMap((project) => project.links.kpiIds),
    );
    return (await yearKpis(tx, actor, query)).filter((kpi) => !linked.has(kpi.id));
  },
  missed_targets: async (tx, actor, query) => {
    const kpis = await yearKpis(tx, actor, query);
    if (kpis.length === 0) {
      return [];
    }
    const missed = await tx
      .select({ kpiId: kpiActuals.kpiId })
      .from(kpiActuals)
      .where(
        and(
          inArray(
            kpiActuals.kpiId,
            kpis.map((kpi) => kpi.id),
          ),
          eq(kpiActuals.fiscalYear, query.fiscalYear),
          eq(kpiActuals.period, YEAR_PERIOD),
          eq(kpiActuals.achieved, false),
        ),
      );
    const ids = new Set(missed.map((row) => row.kpiId));
    return kpis.filter((kpi) => ids.has(kpi.id));
  },
  assets_without_receiver: async (tx, _actor, { provinceCode }) =>
    (await assetsWithoutReceiver(tx, provinceCode)).map((asset) => ({
      id: asset.id,
      code: asset.code,
      title: asset.description,
      entity: 'asset',
    })),
  completed_without_results: async (tx, actor, query) => {
    const delivered = (await provinceProjects(tx, actor, query)).filter((project) =>
      ['completed', 'closed'].includes(project.status),
    );
    if (delivered.length === 0) {
      return [];
    }
    const reported = await tx
      .select({ projectId: progressReports.projectId })
      .from(progressReports)
      .where(
        inArray(
          progressReports.projectId,
          delivered.map((project) => project.id),
        ),
      );
    const ids = new Set(reported.map((row) => row.projectId));
    return delivered.filter((project) => !ids.has(project.id)).map(asProject);
  },
};

/** GET /results/orphans/{kind}: one province's list of one kind, a keyset page (by code) at a time. */
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
    return {
      kind,
      total: items.length,
      items: page,
      nextCursor: more && last ? encodeCursor({ code: last.code }) : null,
    };
  });
}
