import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { scopeCovers } from '../../../domain/auth/scope.js';
import type { DocumentStanding } from '../../../domain/approvals/chain.js';
import { isLocked, lockedMessage } from '../../../domain/plans/plan.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { conflict, forbidden, notFound } from '../../platform/http/errors.js';
import { clusterMemberships } from '../areas/tables.js';
import { developmentPlans, planVersions } from './tables.js';

export const PLAN = { th: 'แผนพัฒนา', en: 'Development plan' };
export const PLAN_VERSION = { th: 'ฉบับของแผน', en: 'Plan version' };

type PlanRow = typeof developmentPlans.$inferSelect;
type VersionRow = typeof planVersions.$inferSelect;

/** Where the rows of a plan live for row-level security: copied onto every child row. */
export type PlanPlacement = { planVersionId: string; provinceCode: string; clusterId: number | null };

/** The provinces a cluster has today. */
export async function memberProvincesOf(tx: Queryable, clusterId: number | null): Promise<string[]> {
  if (clusterId === null) {
    return [];
  }
  const rows = await tx
    .select({ provinceCode: clusterMemberships.provinceCode })
    .from(clusterMemberships)
    .where(and(eq(clusterMemberships.clusterId, clusterId), isNull(clusterMemberships.validTo)))
    .orderBy(asc(clusterMemberships.provinceCode));
  return rows.map((row) => row.provinceCode);
}

/** The provinces a plan covers: its province, or its cluster's member provinces. */
export function planProvinces(plan: PlanRow, members: string[]): string[] {
  return plan.scope === 'cluster' ? members : [plan.provinceCode];
}

/** View: the plan's province or any member province is in the view scope. Capture: the plan's province is captured. */
export function standingOf(actor: Actor, plan: PlanRow, members: string[]): DocumentStanding {
  const provinces = [plan.provinceCode, ...members];
  return {
    view: provinces.some((code) => scopeCovers(actor.viewScope, code)),
    capture: scopeCovers(actor.captureScope, plan.provinceCode),
  };
}

/** SQL for the first wall on plan lists, mirroring the row-level-security read rule. */
export function plansInViewScope(actor: Actor): SQL | undefined {
  if (actor.viewScope.all) {
    return undefined;
  }
  const provinces = actor.viewScope.areaCodes.filter((code) => code.length === 2);
  if (provinces.length === 0) {
    return sql`false`;
  }
  const list = sql.join(
    provinces.map((code) => sql`${code}`),
    sql`, `,
  );
  return sql`(${developmentPlans.provinceCode} in (${list}) or (${developmentPlans.clusterId} is not null and exists (
    select 1 from cluster_memberships m where m.cluster_id = ${developmentPlans.clusterId} and m.valid_to is null and m.province_code in (${list}))))`;
}

export type VisiblePlan = { plan: PlanRow; members: string[]; standing: DocumentStanding };

/** A plan the actor may read, or null when it does not exist or lies outside the actor's view. */
export async function findVisiblePlan(
  tx: Queryable,
  actor: Actor,
  planId: string,
): Promise<VisiblePlan | null> {
  const [plan] = await tx.select().from(developmentPlans).where(eq(developmentPlans.id, planId));
  if (!plan) {
    return null;
  }
  const members = await memberProvincesOf(tx, plan.clusterId);
  const standing = standingOf(actor, plan, members);
  return standing.view ? { plan, members, standing } : null;
}

/** A plan the actor may read; anything outside the scope reads as not found. */
export async function loadVisiblePlan(tx: Queryable, actor: Actor, planId: string): Promise<VisiblePlan> {
  authorize(actor, 'plan.read');
  const visible = await findVisiblePlan(tx, actor, planId);
  if (!visible) {
    throw notFound(PLAN);
  }
  return visible;
}

export type VisibleVersion = VisiblePlan & { version: VersionRow; placement: PlanPlacement };

/** A plan version the actor may read, or null when it does not exist or its plan is out of view. */
export async function findVisibleVersion(
  tx: Queryable,
  actor: Actor,
  versionId: string,
): Promise<VisibleVersion | null> {
  const [version] = await tx.select().from(planVersions).where(eq(planVersions.id, versionId));
  const visible = version ? await findVisiblePlan(tx, actor, version.planId) : null;
  if (!version || !visible) {
    return null;
  }
  return {
    ...visible,
    version,
    placement: {
      planVersionId: version.id,
      provinceCode: version.provinceCode,
      clusterId: version.clusterId,
    },
  };
}

/** A plan version the actor may read; anything outside the scope reads as not found. */
export async function loadVisibleVersion(
  tx: Queryable,
  actor: Actor,
  versionId: string,
): Promise<VisibleVersion> {
  authorize(actor, 'plan.read');
  const visible = await findVisibleVersion(tx, actor, versionId);
  if (!visible) {
    throw notFound(PLAN_VERSION);
  }
  return visible;
}

/** The actor may edit the plan: the role, and capture of the plan's (operations-centre) province. */
export function assertCanEdit(actor: Actor, visible: VisiblePlan): void {
  authorize(actor, 'plan.edit');
  if (!visible.standing.capture) {
    throw forbidden();
  }
}

/** Approved (or submitted) versions are frozen: changes go through a new review. */
export function assertDraft(version: VersionRow): void {
  if (isLocked(version.status)) {
    throw conflict(lockedMessage(version.status), { currentStatus: version.status });
  }
}

/** A draft version the actor may edit: visible, editable and not locked. */
export async function loadEditableVersion(
  tx: Queryable,
  actor: Actor,
  versionId: string,
): Promise<VisibleVersion> {
  authorize(actor, 'plan.edit');
  const visible = await loadVisibleVersion(tx, actor, versionId);
  assertCanEdit(actor, visible);
  assertDraft(visible.version);
  return visible;
}
