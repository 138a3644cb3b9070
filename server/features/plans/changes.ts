import { eq } from 'drizzle-orm';
import type { DocumentStanding } from '../../../domain/approvals/chain.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { PlanAction, PlanApprovalStep } from '../../../domain/plans/approval.js';
import type { VersionDiff } from '../../../domain/plans/diff-schema.js';
import { diffPlanVersions, reasonKey } from '../../../domain/plans/diff.js';
import type { PlanScope, PlanStatus } from '../../../domain/plans/plan.js';
import { checkReadiness, type ReadinessProblem } from '../../../domain/plans/readiness.js';
import type { Queryable } from '../../platform/db/client.js';
import { actionsFor as actionsOnDocument, stepsFor, type StoredStep } from '../approvals/public.js';
import { planChangeReasons } from './tables.js';
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

/** The plan versions' approval chain in a scope. */
export function stepsOf(tx: Queryable, scope: PlanScope): Promise<StoredStep<PlanStatus>[]> {
  return stepsFor<PlanStatus>(tx, 'plan_version', scope);
}

/** The actions the actor may take now on a version, for the UI. */
export function actionsFor(
  actor: Actor,
  status: PlanStatus,
  steps: readonly PlanApprovalStep[],
  standing: DocumentStanding,
): PlanAction[] {
  return actionsOnDocument(actor, 'plan_version', status, steps, standing);
}
