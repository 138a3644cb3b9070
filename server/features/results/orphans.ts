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
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { assetsWithoutReceiver } from '../assets/public.js';
import { unansweredNeeds } from '../needs/public.js';
import { publishedKpisOfProvince } from '../plans/public.js';
import { listProjectsFor, loadProjectsByIds } from '../projects/public.js';
import { kpiActuals } from './kpi-tables.js';
import { progressReports } from './tables.js';

type Lists = Record<OrphanKind, OrphanItem[]>;
const byCode = (a: OrphanItem, b: OrphanItem) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Every loose end of a province's fiscal year, each list in code order (RLS applies throughout). */
async function orphanLists(tx: Queryable, actor: Actor, query: OrphanListQuery): Promise<Lists> {
  const { provinceCode, fiscalYear } = query;
  const summaries = await listProjectsFor(tx, actor, { fiscalYear, provinceCode });
  const projects = await loadProjectsByIds(
    tx,
    actor,
    summaries.map((project) => project.id),
  );
  const asProject = (project: { id: string; code: string; title: string }): OrphanItem => ({
    id: project.id,
    code: project.code,
    title: project.title,
    entity: 'project',
  });
  const delivered = projects.filter((project) => ['completed', 'closed'].includes(project.status));
  const reported =
    delivered.length === 0
      ? new Set<string>()
      : new Set(
          (
            await tx
              .select({ projectId: progressReports.projectId })
              .from(progressReports)
              .where(
                inArray(
                  progressReports.projectId,
                  delivered.map((project) => project.id),
                ),
              )
          ).map((row) => row.projectId),
        );
  const kpis = (await publishedKpisOfProvince(tx, actor, provinceCode, fiscalYear)).filter((kpi) =>
    kpi.targets.some((target) => target.fiscalYear === fiscalYear),
  );
  const linked = new Set(projects.flatMap((project) => project.links.kpiIds));
  const missed =
    kpis.length === 0
      ? new Set<string>()
      : new Set(
          (
            await tx
              .select({ kpiId: kpiActuals.kpiId })
              .from(kpiActuals)
              .where(
                and(
                  inArray(
                    kpiActuals.kpiId,
                    kpis.map((kpi) => kpi.id),
                  ),
                  eq(kpiActuals.fiscalYear, fiscalYear),
                  eq(kpiActuals.period, YEAR_PERIOD),
                  eq(kpiActuals.achieved, false),
                ),
              )
          ).map((row) => row.kpiId),
        );
  const asKpi = (kpi: { id: string; name: string }): OrphanItem => ({
    id: kpi.id,
    code: kpi.id,
    title: kpi.name,
    entity: 'kpi',
  });
  const [year, month, day] = unansweredCutoff(toBangkokIsoDate(new Date())).split('-').map(Number);
  const receivedBefore = bangkokMidnight(year ?? 0, month ?? 0, day ?? 0);
  return {
    unanswered_needs: (await unansweredNeeds(tx, provinceCode, receivedBefore)).map((need) => ({
      id: need.id,
      code: need.referenceNo,
      title: need.title,
      entity: 'need',
    })),
    projects_without_kpi: projects.filter((project) => project.links.kpiIds.length === 0).map(asProject),
    kpis_without_projects: kpis
      .filter((kpi) => !linked.has(kpi.id))
      .map(asKpi)
      .sort(byCode),
    missed_targets: kpis
      .filter((kpi) => missed.has(kpi.id))
      .map(asKpi)
      .sort(byCode),
    assets_without_receiver: (await assetsWithoutReceiver(tx, provinceCode)).map((asset) => ({
      id: asset.id,
      code: asset.code,
      title: asset.description,
      entity: 'asset',
    })),
    completed_without_results: delivered.filter((project) => !reported.has(project.id)).map(asProject),
  };
}

/** GET /results/orphans/{kind}: one of those lists, a keyset page (by code) at a time. */
export async function orphanList(
  deps: DatabaseDeps,
  actor: Actor,
  kind: OrphanKind,
  query: OrphanListQuery,
): Promise<OrphanList> {
  authorize(actor, 'result.read', query.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const items = (await orphanLists(tx, actor, query))[kind];
    const { page, last, more } = pageByCode(items, query.cursor?.code, query.limit);
    return {
      kind,
      total: items.length,
      items: page,
      nextCursor: more && last ? encodeCursor({ code: last.code }) : null,
    };
  });
}
