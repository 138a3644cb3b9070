import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { PlanListQuery } from '../../../domain/plans/plan-query.js';
import type { PlanCreateInput } from '../../../domain/plans/plan-input.js';
import type { PlanDetail, PlanPage, VersionList } from '../../../domain/plans/responses.js';
import { EMPTY_SWOT, type PlanSummary } from '../../../domain/plans/tree.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Tx } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { invalid, staleVersion } from '../../platform/http/errors.js';
import { areas, clusters } from '../areas/tables.js';
import { assertCanEdit, loadVisiblePlan, memberProvincesOf, PLAN, plansInViewScope } from './access.js';
import { presentPlan, presentVersionSummary } from './presenter.js';
import { developmentPlans, planVersions } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

export { loadPlanVersionTree, type PlanVersionTree } from './tree.js';

async function versionsOf(tx: Tx, planIds: string[]) {
  if (planIds.length === 0) {
    return [];
  }
  return tx
    .select()
    .from(planVersions)
    .where(inArray(planVersions.planId, planIds))
    .orderBy(asc(planVersions.versionNo));
}

function summarise(versions: (typeof planVersions.$inferSelect)[]) {
  const latest = versions.at(-1);
  const published = versions.filter((version) => version.status === 'published').at(-1);
  return {
    latestVersion: latest ? presentVersionSummary(latest) : null,
    publishedVersion: published ? presentVersionSummary(published) : null,
  };
}

/**
 * Plans in the actor's view scope. `provinceCode` means plans covering the province: its own plans
 * and the plans of clusters it belongs to.
 */
export async function listPlans(deps: DatabaseDeps, actor: Actor, query: PlanListQuery): Promise<PlanPage> {
  authorize(actor, 'plan.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = and(
      plansInViewScope(actor),
      query.scope ? eq(developmentPlans.scope, query.scope) : undefined,
      query.clusterId ? eq(developmentPlans.clusterId, query.clusterId) : undefined,
      query.provinceCode
        ? sql`(${developmentPlans.provinceCode} = ${query.provinceCode} or exists (select 1 from cluster_memberships m
            where m.cluster_id = ${developmentPlans.clusterId} and m.valid_to is null and m.province_code = ${query.provinceCode}))`
        : undefined,
    );
    const rows = await tx
      .select()
      .from(developmentPlans)
      .where(where)
      .orderBy(
        desc(developmentPlans.periodStart),
        asc(developmentPlans.scope),
        asc(developmentPlans.provinceCode),
      )
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx.select({ value: count() }).from(developmentPlans).where(where);
    const versions = await versionsOf(
      tx,
      rows.map((row) => row.id),
    );
    return {
      items: rows.map((plan) => ({
        ...presentPlan(plan),
        ...summarise(versions.filter((version) => version.planId === plan.id)),
      })),
      total: total?.value ?? 0,
    };
  });
}

async function placementOf(tx: Tx, input: PlanCreateInput) {
  if (input.scope === 'province') {
    const [province] = await tx
      .select()
      .from(areas)
      .where(and(eq(areas.code, input.provinceCode ?? ''), eq(areas.level, 'province')));
    if (!province) {
      throw invalid([{ path: 'provinceCode', message: { th: 'ไม่พบจังหวัดนี้', en: 'Unknown province' } }]);
    }
    return { provinceCode: province.code, clusterId: null };
  }
  const [cluster] = await tx
    .select()
    .from(clusters)
    .where(eq(clusters.id, input.clusterId ?? 0));
  if (!cluster) {
    throw invalid([{ path: 'clusterId', message: { th: 'ไม่พบกลุ่มจังหวัดนี้', en: 'Unknown cluster' } }]);
  }
  if (!cluster.operationsCentreCode) {
    throw invalid([
      {
        path: 'clusterId',
        message: {
          th: 'กลุ่มจังหวัดนี้ยังไม่ระบุจังหวัดที่ตั้งศูนย์ปฏิบัติการ',
          en: 'The cluster has no operations-centre province yet',
        },
      },
    ]);
  }
  return { provinceCode: cluster.operationsCentreCode, clusterId: cluster.id };
}

/** Creates a plan with its original version as a draft. */
export async function createPlan(
  deps: DatabaseDeps,
  actor: Actor,
  input: PlanCreateInput,
): Promise<PlanDetail> {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const placement = await placementOf(tx, input);
    authorize(actor, 'plan.edit', placement.provinceCode);
    const [plan] = await tx
      .insert(developmentPlans)
      .values({
        scope: input.scope,
        ...placement,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodStart + 4,
      })
      .returning();
    if (!plan) {
      throw new Error('insert returned no row');
    }
    const [version] = await tx
      .insert(planVersions)
      .values({
        planId: plan.id,
        versionNo: 1,
        kind: 'original',
        status: 'draft',
        swot: EMPTY_SWOT,
        keyFigures: [],
        ...placement,
      })
      .returning();
    if (!version) {
      throw new Error('insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'plan',
      entityId: plan.id,
      action: 'create',
      after: presentPlan(plan),
      provinceCode: plan.provinceCode,
    });
    return {
      ...presentPlan(plan),
      memberProvinceCodes: await memberProvincesOf(tx, plan.clusterId),
      ...summarise([version]),
      versions: [presentVersionSummary(version)],
    };
  });
}

/** A plan with every version (approved ones stay readable). */
export async function getPlan(deps: DatabaseDeps, actor: Actor, planId: string): Promise<PlanDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { plan, members } = await loadVisiblePlan(tx, actor, planId);
    const versions = await versionsOf(tx, [plan.id]);
    return {
      ...presentPlan(plan),
      memberProvinceCodes: members,
      ...summarise(versions),
      versions: versions.map(presentVersionSummary),
    };
  });
}

/** Every version of a plan, oldest first. */
export async function listPlanVersions(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
): Promise<VersionList> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { plan } = await loadVisiblePlan(tx, actor, planId);
    return { items: (await versionsOf(tx, [plan.id])).map(presentVersionSummary) };
  });
}

/** Renames a plan. */
export async function updatePlan(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
  expected: number,
  input: { title?: string; reason?: string },
): Promise<PlanSummary> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const visible = await loadVisiblePlan(tx, actor, planId);
    assertCanEdit(actor, visible);
    const current = visible.plan;
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const [updated] = await tx
      .update(developmentPlans)
      .set({ title: input.title ?? current.title, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(developmentPlans.id, planId), eq(developmentPlans.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, developmentPlans, planId, PLAN);
    }
    await recordAudit(tx, actor, {
      entityType: 'plan',
      entityId: planId,
      action: 'update',
      before: presentPlan(current),
      after: presentPlan(updated),
      reason: input.reason ?? null,
      provinceCode: updated.provinceCode,
    });
    return presentPlan(updated);
  });
}
