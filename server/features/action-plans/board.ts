import { and, asc, eq } from 'drizzle-orm';
import type { ActionPlanStatus } from '../../../domain/action-plans/action-plan.js';
import type { ActionPlanDetail, ActionPlanEntry } from '../../../domain/action-plans/responses.js';
import { diffActionPlans, type ComparableEntry } from '../../../domain/action-plans/revision-diff.js';
import { actionPlanTotals } from '../../../domain/action-plans/totals.js';
import { decide, type Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { actionsFor, eventsOf, stepsFor } from '../approvals/public.js';
import { loadProjectsByIds } from '../projects/public.js';
import type { VisibleActionPlan } from './access.js';
import { presentActionPlan, presentEntry, presentTotals } from './presenter.js';
import { actionPlanCeilings, actionPlanChangeReasons, actionPlanEntries } from './tables.js';

/** The entries of a version with their projects, board order (class, then rank). */
export async function loadEntries(tx: Queryable, actor: Actor, planId: string): Promise<ActionPlanEntry[]> {
  const rows = await tx
    .select()
    .from(actionPlanEntries)
    .where(eq(actionPlanEntries.actionPlanId, planId))
    .orderBy(asc(actionPlanEntries.entryClass), asc(actionPlanEntries.rank));
  const projects = new Map(
    (await loadProjectsByIds(tx, actor, [...new Set(rows.map((row) => row.projectId))])).map((p) => [
      p.id,
      p,
    ]),
  );
  return rows.flatMap((row) => {
    const project = projects.get(row.projectId);
    return project ? [presentEntry(row, project)] : [];
  });
}

/** The ceiling of the plan's budget unit for its year, if the centre has set one. */
export async function ceilingOf(tx: Queryable, unit: { budgetUnit: string; fiscalYear: number }) {
  const [row] = await tx
    .select({ amountSatang: actionPlanCeilings.amountSatang })
    .from(actionPlanCeilings)
    .where(
      and(
        eq(actionPlanCeilings.budgetUnit, unit.budgetUnit),
        eq(actionPlanCeilings.fiscalYear, unit.fiscalYear),
      ),
    );
  return row?.amountSatang ?? null;
}

const comparable = (entry: ActionPlanEntry): ComparableEntry => ({
  stableKey: entry.stableKey,
  projectCode: entry.projectCode,
  title: entry.title,
  entryClass: entry.entryClass,
  rank: entry.rank,
  amountSatang: entry.amountSatang,
  note: entry.note,
});

/** A revision's diff against the version it was copied from, with the reasons given; null for a first version. */
export async function revisionDiffOf(
  tx: Queryable,
  actor: Actor,
  plan: { id: string; basedOnId: string | null },
  entries: ActionPlanEntry[],
) {
  if (!plan.basedOnId) {
    return null;
  }
  const before = await loadEntries(tx, actor, plan.basedOnId);
  const reasons = await tx
    .select({ stableKey: actionPlanChangeReasons.stableKey, reason: actionPlanChangeReasons.reason })
    .from(actionPlanChangeReasons)
    .where(eq(actionPlanChangeReasons.actionPlanId, plan.id));
  const diff = diffActionPlans(
    before.map(comparable),
    entries.map(comparable),
    new Map(reasons.map((row) => [row.stableKey, row.reason])),
  );
  return { basedOnId: plan.basedOnId, ...diff };
}

/** The whole board: entries, live totals against the ceiling, history, next steps and the diff. */
export async function loadBoard(
  tx: Queryable,
  actor: Actor,
  visible: VisibleActionPlan,
): Promise<ActionPlanDetail> {
  const { plan, standing } = visible;
  const entries = await loadEntries(tx, actor, plan.id);
  const totals = actionPlanTotals(
    entries.map((entry) => ({ entryClass: entry.entryClass, amountSatang: BigInt(entry.amountSatang) })),
    await ceilingOf(tx, plan),
  );
  const steps = await stepsFor<ActionPlanStatus>(tx, 'action_plan', plan.scope);
  return {
    plan: presentActionPlan(plan),
    entries,
    totals: presentTotals(totals),
    approvals: await eventsOf<ActionPlanStatus>(tx, 'action_plan', plan.id),
    availableActions: actionsFor(actor, 'action_plan', plan.status, steps, standing),
    canEdit: plan.status === 'draft' && standing.capture && decide(actor, 'action_plan.edit').allowed,
    diff: await revisionDiffOf(tx, actor, plan, entries),
  };
}
