import { and, eq, max, sql } from 'drizzle-orm';
import { boardOrderProblems, rankEntries } from '../../../domain/action-plans/board-order.js';
import type { BoardOrderInput, EntryCreate, EntryUpdate } from '../../../domain/action-plans/schemas.js';
import type { ActionPlanDetail } from '../../../domain/action-plans/responses.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, invalid, notFound, staleVersion } from '../../platform/http/errors.js';
import { loadProjectsByIds } from '../projects/public.js';
import { loadEditableActionPlan, type ActionPlanRow } from './access.js';
import { loadBoard } from './board.js';
import { actionPlanEntries, actionPlans } from './tables.js';

const ENTRY = { th: 'รายการในแผนปฏิบัติราชการ', en: 'Action plan entry' };

/** Every board change moves the plan's version, so a board read before it cannot overwrite it. */
async function touch(tx: Queryable, plan: ActionPlanRow): Promise<void> {
  await tx
    .update(actionPlans)
    .set({ version: sql`${actionPlans.version} + 1`, updatedAt: new Date() })
    .where(eq(actionPlans.id, plan.id));
}

/**
 * Puts a project on the board at the bottom of its column. It must be of the plan's fiscal year and,
 * unless only noted (an agency project without provincial money), of the plan's budget unit.
 */
export async function addEntry(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
  input: EntryCreate,
): Promise<ActionPlanDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const visible = await loadEditableActionPlan(tx, actor, planId);
    const { plan } = visible;
    const [project] = await loadProjectsByIds(tx, actor, [input.projectId]);
    if (!project) {
      throw invalid([{ path: 'projectId', message: { th: 'ไม่พบโครงการนี้', en: 'Unknown project' } }]);
    }
    const foreign =
      project.fiscalYear !== plan.fiscalYear ||
      (input.entryClass !== 'noted' && project.budgetUnit !== plan.budgetUnit);
    if (foreign) {
      throw invalid([
        {
          path: 'projectId',
          message: {
            th: `โครงการ ${project.code} ไม่ใช่ของหน่วยรับงบ ${plan.budgetUnit} ปี ${plan.fiscalYear}`,
            en: `Project ${project.code} is not of ${plan.budgetUnit} for ${plan.fiscalYear}`,
          },
        },
      ]);
    }
    const [already] = await tx
      .select({ id: actionPlanEntries.id })
      .from(actionPlanEntries)
      .where(and(eq(actionPlanEntries.actionPlanId, plan.id), eq(actionPlanEntries.projectId, project.id)));
    if (already) {
      throw conflict({
        th: `โครงการ ${project.code} อยู่ในแผนนี้แล้ว`,
        en: `Project ${project.code} is already on this plan`,
      });
    }
    const [last] = await tx
      .select({ rank: max(actionPlanEntries.rank) })
      .from(actionPlanEntries)
      .where(
        and(eq(actionPlanEntries.actionPlanId, plan.id), eq(actionPlanEntries.entryClass, input.entryClass)),
      );
    const [entry] = await tx
      .insert(actionPlanEntries)
      .values({
        actionPlanId: plan.id,
        projectId: project.id,
        entryClass: input.entryClass,
        rank: (last?.rank ?? 0) + 1,
        amountSatang: BigInt(input.amountSatang ?? project.totalSatang),
        note: input.note ?? null,
        provinceCode: plan.provinceCode,
        clusterId: plan.clusterId,
      })
      .returning();
    await touch(tx, plan);
    await recordAudit(tx, actor, {
      entityType: 'action_plan',
      entityId: plan.id,
      action: 'add_entry',
      changes: { [`entry:${project.code}`]: [null, input.entryClass] },
      provinceCode: plan.provinceCode,
    });
    if (!entry) {
      throw new Error('entry not inserted');
    }
    return loadBoard(tx, actor, await loadEditableActionPlan(tx, actor, planId));
  });
}

async function loadEntryOfDraft(tx: Queryable, actor: Actor, entryId: string) {
  const [entry] = await tx.select().from(actionPlanEntries).where(eq(actionPlanEntries.id, entryId));
  if (!entry) {
    throw notFound(ENTRY);
  }
  const visible = await loadEditableActionPlan(tx, actor, entry.actionPlanId);
  return { entry, visible };
}

/** Changes the amount asked for or the note of one entry (If-Match on the entry). */
export async function updateEntry(
  deps: DatabaseDeps,
  actor: Actor,
  entryId: string,
  expected: number,
  input: Omit<EntryUpdate, 'version'>,
): Promise<ActionPlanDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { entry, visible } = await loadEntryOfDraft(tx, actor, entryId);
    if (entry.version !== expected) {
      throw staleVersion(entry.version);
    }
    await tx
      .update(actionPlanEntries)
      .set({
        ...(input.amountSatang === undefined ? {} : { amountSatang: BigInt(input.amountSatang) }),
        ...(input.note === undefined ? {} : { note: input.note }),
        version: entry.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(actionPlanEntries.id, entryId));
    await touch(tx, visible.plan);
    await recordAudit(tx, actor, {
      entityType: 'action_plan',
      entityId: visible.plan.id,
      action: 'update_entry',
      changes: {
        ...(input.amountSatang === undefined
          ? {}
          : { amountSatang: [String(entry.amountSatang), input.amountSatang] }),
        ...(input.note === undefined ? {} : { note: [entry.note, input.note] }),
      },
      provinceCode: visible.plan.provinceCode,
    });
    return loadBoard(tx, actor, await loadEditableActionPlan(tx, actor, visible.plan.id));
  });
}

/** Takes a project off the board. */
export async function removeEntry(
  deps: DatabaseDeps,
  actor: Actor,
  entryId: string,
): Promise<ActionPlanDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { entry, visible } = await loadEntryOfDraft(tx, actor, entryId);
    await tx.delete(actionPlanEntries).where(eq(actionPlanEntries.id, entryId));
    await touch(tx, visible.plan);
    await recordAudit(tx, actor, {
      entityType: 'action_plan',
      entityId: visible.plan.id,
      action: 'remove_entry',
      changes: { [`entry:${entry.projectId}`]: [entry.entryClass, null] },
      provinceCode: visible.plan.provinceCode,
    });
    return loadBoard(tx, actor, await loadEditableActionPlan(tx, actor, visible.plan.id));
  });
}

/** Saves the whole board as dragged: each entry's column and rank (If-Match on the plan). */
export async function reorderBoard(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
  expected: number,
  order: Omit<BoardOrderInput, 'version'>,
): Promise<ActionPlanDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const visible = await loadEditableActionPlan(tx, actor, planId);
    if (visible.plan.version !== expected) {
      throw staleVersion(visible.plan.version);
    }
    const current = await tx
      .select({ id: actionPlanEntries.id })
      .from(actionPlanEntries)
      .where(eq(actionPlanEntries.actionPlanId, planId));
    const problems = boardOrderProblems(
      current.map((row) => row.id),
      order,
    );
    if (problems.length > 0) {
      throw invalid(problems);
    }
    // One statement for the whole board: a 150-entry drag is one round trip, not 150.
    await tx.execute(sql`
      update action_plan_entries e set entry_class = r."entryClass", rank = r.rank
      from jsonb_to_recordset(${JSON.stringify(rankEntries(order))}::jsonb)
        as r(id uuid, "entryClass" text, rank integer)
      where e.id = r.id and e.action_plan_id = ${planId}`);
    await touch(tx, visible.plan);
    await recordAudit(tx, actor, {
      entityType: 'action_plan',
      entityId: planId,
      action: 'reorder',
      changes: { order: [null, order] },
      provinceCode: visible.plan.provinceCode,
    });
    return loadBoard(tx, actor, await loadEditableActionPlan(tx, actor, planId));
  });
}
