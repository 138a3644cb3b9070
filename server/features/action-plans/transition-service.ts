import { and, eq } from 'drizzle-orm';
import {
  ACTION_PLAN_STATUS_LABELS,
  type ActionPlanStatus,
} from '../../../domain/action-plans/action-plan.js';
import type { ActionPlanTransitionResult } from '../../../domain/action-plans/responses.js';
import type { TransitionInput } from '../../../domain/approvals/chain.js';
import { decideProjectTransition } from '../../../domain/projects/state-machine.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict } from '../../platform/http/errors.js';
import { actionsFor, recordTransition } from '../approvals/public.js';
import { setProjectStatus } from '../projects/public.js';
import { ACTION_PLAN, loadVisibleActionPlan, type ActionPlanRow } from './access.js';
import { loadEntries, revisionDiffOf } from './board.js';
import { presentActionPlan } from './presenter.js';
import { actionPlans } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

/** A revision cannot go to the committee while any change lacks its reason. */
async function assertRevisionExplained(tx: Queryable, actor: Actor, plan: ActionPlanRow): Promise<void> {
  const diff = await revisionDiffOf(tx, actor, plan, await loadEntries(tx, actor, plan.id));
  if (diff && diff.unexplained > 0) {
    throw conflict(
      {
        th: `ยังเสนอฉบับปรับแผนไม่ได้: มีการเปลี่ยนแปลง ${diff.unexplained} รายการที่ยังไม่ระบุเหตุผล`,
        en: `The revision cannot be submitted: ${diff.unexplained} change(s) have no reason`,
      },
      { unexplained: diff.entries.filter((entry) => entry.reason === null).map((entry) => entry.stableKey) },
    );
  }
}

/** The committee's approval puts the plan's provincial projects in the action plan (noted ones stay as they are). */
async function moveProjectsIn(tx: Queryable, actor: Actor, planId: string): Promise<number> {
  const entries = await loadEntries(tx, actor, planId);
  let moved = 0;
  for (const entry of entries) {
    if (
      entry.entryClass !== 'noted' &&
      decideProjectTransition(entry.projectStatus, 'add_to_action_plan').allowed
    ) {
      await setProjectStatus(tx, actor, entry.projectId, { action: 'add_to_action_plan' });
      moved += 1;
    }
  }
  return moved;
}

/** Moves an action plan along its approval chain (document type action_plan). */
export async function transitionActionPlan(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: TransitionInput & { action: string },
): Promise<ActionPlanTransitionResult> {
  return inActorTransaction(deps.database, actor, (tx) => moveActionPlan(tx, actor, id, expected, input));
}

/** The same move inside the caller's transaction (a committee resolution taking the step). */
export async function moveActionPlan(
  tx: Queryable,
  actor: Actor,
  id: string,
  expected: number,
  input: TransitionInput & { action: string },
): Promise<ActionPlanTransitionResult> {
  const visible = await loadVisibleActionPlan(tx, actor, id);
  const { plan } = visible;
  const outcome = await recordTransition<ActionPlanStatus, { row: ActionPlanRow; projectsMoved: number }>(
    tx,
    actor,
    {
      documentType: 'action_plan',
      documentId: id,
      scope: plan.scope,
      status: plan.status,
      version: plan.version,
      expected,
      standing: visible.standing,
      placement: { provinceCode: plan.provinceCode, clusterId: plan.clusterId },
      statusLabels: ACTION_PLAN_STATUS_LABELS,
      input,
    },
    async (step) => {
      if (plan.status === 'draft') {
        await assertRevisionExplained(tx, actor, plan);
      }
      const now = new Date();
      const [row] = await tx
        .update(actionPlans)
        .set({ status: step.toStatus, statusChangedAt: now, version: plan.version + 1, updatedAt: now })
        .where(and(eq(actionPlans.id, id), eq(actionPlans.version, expected)))
        .returning();
      if (!row) {
        throw await lostVersionRace(tx, actionPlans, id, ACTION_PLAN);
      }
      const projectsMoved =
        step.toStatus === 'approved' && step.fromStatus === 'submitted_to_committee'
          ? await moveProjectsIn(tx, actor, id)
          : 0;
      return { row, projectsMoved };
    },
  );
  const { row, projectsMoved } = outcome.moved;
  return {
    plan: presentActionPlan(row),
    event: outcome.event,
    availableActions: actionsFor(actor, 'action_plan', row.status, outcome.steps, visible.standing),
    projectsMoved,
  };
}
