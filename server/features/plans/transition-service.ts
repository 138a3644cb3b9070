import { and, eq, sql } from 'drizzle-orm';
import type { TransitionInput } from '../../../domain/approvals/chain.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../domain/plans/plan.js';
import type { TransitionResult } from '../../../domain/plans/responses.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { Queryable } from '../../platform/db/client.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict } from '../../platform/http/errors.js';
import { recordTransition } from '../approvals/public.js';
import { loadVisibleVersion, PLAN_VERSION } from './access.js';
import { actionsFor, readinessOf } from './changes.js';
import { presentPlanVersion } from './presenter.js';
import { planVersions } from './tables.js';
import { loadPlanVersionTree } from './tree.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

type VersionRow = typeof planVersions.$inferSelect;

/**
 * Moves a version along the shared approval chain (document type plan_version). Besides the chain's
 * own checks, a submission must pass the readiness check (409 listing every problem).
 */
export async function transitionVersion(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  expected: number,
  input: TransitionInput & { action: string },
): Promise<TransitionResult> {
  return inActorTransaction(deps.database, actor, (tx) => moveVersion(tx, actor, versionId, expected, input));
}

/** The same move inside the caller's transaction (a committee resolution taking the step). */
export async function moveVersion(
  tx: Queryable,
  actor: Actor,
  versionId: string,
  expected: number,
  input: TransitionInput & { action: string },
): Promise<TransitionResult> {
  authorize(actor, 'plan.read');
  const visible = await loadVisibleVersion(tx, actor, versionId);
  const current = visible.version;
  const outcome = await recordTransition<PlanStatus, VersionRow>(
    tx,
    actor,
    {
      documentType: 'plan_version',
      documentId: versionId,
      scope: visible.plan.scope,
      status: current.status,
      version: current.version,
      expected,
      standing: visible.standing,
      placement: { provinceCode: current.provinceCode, clusterId: current.clusterId },
      statusLabels: PLAN_STATUS_LABELS,
      input,
    },
    async (step) => {
      if (current.status === 'draft') {
        const readiness = await readinessOf(tx, await loadPlanVersionTree(tx, versionId));
        if (readiness.problems.length > 0) {
          throw conflict(
            {
              th: `ยังส่งแผนไม่ได้: พบปัญหา ${readiness.problems.length} รายการ`,
              en: `The plan cannot be submitted yet: ${readiness.problems.length} problem(s)`,
            },
            { problems: readiness.problems },
          );
        }
      }
      const now = new Date();
      // Central roles hold no capture scope: this switch lets row-level security accept just this move.
      await tx.execute(sql`select set_config('app.plan_transition', 'on', true)`);
      const [updated] = await tx
        .update(planVersions)
        .set({
          status: step.toStatus,
          statusChangedAt: now,
          ...(step.toStatus === 'submitted_to_committee' ? { submittedAt: now } : {}),
          ...(step.toStatus === 'committee_approved' ? { committeeApprovedAt: now } : {}),
          ...(step.toStatus === 'published' ? { publishedAt: now } : {}),
          version: current.version + 1,
          updatedAt: now,
        })
        .where(and(eq(planVersions.id, versionId), eq(planVersions.version, expected)))
        .returning();
      await tx.execute(sql`select set_config('app.plan_transition', 'off', true)`);
      if (!updated) {
        throw await lostVersionRace(tx, planVersions, versionId, PLAN_VERSION);
      }
      return updated;
    },
  );
  const updated = outcome.moved;
  return {
    version: presentPlanVersion(updated),
    event: outcome.event,
    availableActions: actionsFor(actor, updated.status, outcome.steps, visible.standing),
  };
}
