import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { availableActions, type ApprovalStep, type PlanStanding } from '../../../domain/plans/approval.js';
import type { VersionDiff } from '../../../domain/plans/diff-schema.js';
import { diffPlanVersions, reasonKey } from '../../../domain/plans/diff.js';
import type { PlanScope, PlanStatus } from '../../../domain/plans/plan.js';
import { checkReadiness, type ReadinessProblem } from '../../../domain/plans/readiness.js';
import { decide } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { approvalSteps, planChangeReasons } from './tables.js';
import { loadPlanVersionTree, type PlanVersionTree } from './tree.js';

/** Reasons given in a review, keyed for the diff. */
export async function loadReasons(tx: Queryable, versionId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select()
    .from(planChangeReasons)
    .where(eq(planChangeReasons.planVersionId, versionId));
  return new Map(rows.map((row) => [reasonKey(row.entityType, row.stableKey), row.reason]));
}

/** The diff of `tree` against another version of its plan, with the reasons given. */
export async function diffAgainst(
  tx: Queryable,
  tree: PlanVersionTree,
  againstId: string,
): Promise<VersionDiff> {
  const base = await loadPlanVersionTree(tx, againstId);
  return diffPlanVersions(base, tree, await loadReasons(tx, tree.version.id));
}

/** The diff of `tree` against the version it was copied from; null for an original version. */
export async function diffOf(tx: Queryable, tree: PlanVersionTree): Promise<VersionDiff | null> {
  const baseId = tree.version.basedOnVersionId;
  return baseId ? diffAgainst(tx, tree, baseId) : null;
}

/** Readiness problems of a version; a review also needs a reason for every change. */
export async function readinessOf(
  tx: Queryable,
  tree: PlanVersionTree,
): Promise<{ problems: ReadinessProblem[]; diff: VersionDiff | null }> {
  const diff = await diffOf(tx, tree);
  return { problems: checkReadiness(tree, diff), diff };
}

/** The approval steps of a scope, as the pure rules read them. */
export async function stepsOf(tx: Queryable, scope: PlanScope): Promise<(ApprovalStep & { id: string })[]> {
  const rows = await tx
    .select()
    .from(approvalSteps)
    .where(eq(approvalSteps.scope, scope))
    .orderBy(asc(approvalSteps.sortOrder));
  return rows.map((row) => ({ ...row, roles: row.roles }));
}

/** Whether the policy table lets the actor take a step at all: submitting is editing, the rest approving. */
export function policyAllows(actor: Actor, step: Pick<ApprovalStep, 'fromStatus'>): boolean {
  return decide(actor, step.fromStatus === 'draft' ? 'plan.edit' : 'plan.approve').allowed;
}

/** The actions the actor may take now, for the UI. */
export function actionsFor(actor: Actor, status: PlanStatus, steps: ApprovalStep[], standing: PlanStanding) {
  const permitted = steps.filter((step) => policyAllows(actor, step));
  return availableActions(status, permitted, actor.roles, standing);
}
