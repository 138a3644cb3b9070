import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../../domain/auth/policy.js';
import type { ItemNode, KpiNode } from '../../../../domain/plans/tree.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/client.js';
import { inActorTransaction } from '../../../platform/db/transaction.js';
import type { JobContext } from '../../../platform/jobs/runner.js';
import { writeInBatches, type StagedUndo } from '../../../platform/jobs/staged-writes.js';
import type { PlanPlacement } from '../access.js';
import { itemBudgets, kpiTargets, planItemAreas, planItems, planKpis } from '../child-tables.js';
import { saveItemChanges, saveKpiChanges } from './import-save.js';
import type { ItemChange } from './item-rows.js';
import type { KpiChange } from './kpi-rows.js';

/**
 * What a sheet import stages per change: the change's place in the list, and the KPI or item as it
 * was before (null for a new item, whose id is chosen up front), to undo it.
 */
export type PlanSheetWrite =
  | { kind: 'kpi'; index: number; placement: PlanPlacement; before: KpiNode }
  | { kind: 'item'; index: number; placement: PlanPlacement; id: string; before: ItemNode | null };

/**
 * The version before the import when only the import changed the record since (so the user's
 * file and open screens are current again); otherwise a new version.
 */
const restoredVersion = (column: AnyPgColumn, before: number) =>
  sql<number>`case when ${column} = ${before + 1} then ${before} else ${column} + 1 end`;

async function restoreKpi(tx: Tx, placement: PlanPlacement, kpi: KpiNode) {
  const { name, unit, baselineValue, baselineYear, direction, rollup, dataSource } = kpi;
  await tx
    .update(planKpis)
    .set({
      name,
      unit,
      baselineValue,
      baselineYear,
      direction,
      rollup,
      dataSource,
      version: restoredVersion(planKpis.version, kpi.version),
    })
    .where(eq(planKpis.id, kpi.id));
  await tx.delete(kpiTargets).where(eq(kpiTargets.kpiId, kpi.id));
  if (kpi.targets.length > 0) {
    await tx.insert(kpiTargets).values(
      kpi.targets.map((target) => ({
        ...placement,
        kpiId: kpi.id,
        fiscalYear: target.fiscalYear,
        areaCode: target.areaCode,
        targetValue: target.value,
      })),
    );
  }
}

async function restoreItem(tx: Tx, placement: PlanPlacement, item: ItemNode) {
  const { approachId, orderNo, title, description, fundingSource, agencyName } = item;
  await tx
    .update(planItems)
    .set({
      approachId,
      orderNo,
      title,
      description,
      fundingSource,
      agencyName,
      version: restoredVersion(planItems.version, item.version),
    })
    .where(eq(planItems.id, item.id));
  const link = { itemId: item.id, ...placement };
  await tx.delete(planItemAreas).where(eq(planItemAreas.itemId, item.id));
  if (item.areaCodes.length > 0) {
    await tx.insert(planItemAreas).values(item.areaCodes.map((areaCode) => ({ ...link, areaCode })));
  }
  await tx.delete(itemBudgets).where(eq(itemBudgets.itemId, item.id));
  if (item.budgets.length > 0) {
    await tx.insert(itemBudgets).values(
      item.budgets.map((budget) => ({
        ...link,
        fiscalYear: budget.fiscalYear,
        amountSatang: BigInt(budget.amountSatang),
      })),
    );
  }
}

/** Takes back applied sheet changes: KPIs and items get their before-image back, new items go. */
export const undoPlanSheetWrites: StagedUndo<PlanSheetWrite> = async (tx, { items }, job) => {
  const who = { userId: job.createdBy ?? '' };
  const reason = `import ${job.id} undone`;
  for (const write of items) {
    const provinceCode = write.placement.provinceCode;
    if (write.kind === 'kpi') {
      await restoreKpi(tx, write.placement, write.before);
      const entry = { entityType: 'plan_kpi', entityId: write.before.id, action: 'update' };
      await recordAudit(tx, who, { ...entry, changes: {}, reason, provinceCode });
    } else if (write.before) {
      await restoreItem(tx, write.placement, write.before);
      const entry = { entityType: 'plan_item', entityId: write.id, action: 'update' };
      await recordAudit(tx, who, { ...entry, changes: {}, reason, provinceCode });
    } else {
      await tx.delete(planItems).where(eq(planItems.id, write.id));
      const entry = { entityType: 'plan_item', entityId: write.id, action: 'delete' };
      await recordAudit(tx, who, { ...entry, changes: {}, reason, provinceCode });
    }
  }
};

type Save = { context: JobContext; actor: Actor; placement: PlanPlacement; reason: string };

const batchWriter = <P extends PlanSheetWrite>(
  { context, actor }: Save,
  apply: (tx: Tx, items: readonly P[]) => Promise<unknown>,
) => ({
  transaction: <T>(work: (tx: Tx) => Promise<T>) => inActorTransaction(context.database, actor, work),
  apply: async (tx: Tx, batch: { items: readonly P[] }) => {
    await apply(tx, batch.items);
  },
  undo: undoPlanSheetWrites,
});

/** Saves KPI changes all or nothing per job, in short batches (`writeInBatches`). */
export async function saveKpiSheet(save: Save, changes: readonly KpiChange[]) {
  const writes = changes.map((change, index) => ({
    kind: 'kpi' as const,
    index,
    placement: save.placement,
    before: change.kpi,
  }));
  await writeInBatches(
    save.context,
    writes,
    batchWriter(save, (tx, items) => {
      const batch = items.flatMap((write) => changes[write.index] ?? []);
      return saveKpiChanges(tx, save.actor, save.placement, batch, save.reason);
    }),
  );
}

/** Saves item changes and new items all or nothing per job, in short batches (`writeInBatches`). */
export async function saveItemSheet(save: Save, changes: readonly ItemChange[]) {
  const writes = changes.map((change, index) => ({
    kind: 'item' as const,
    index,
    placement: save.placement,
    id: change.item?.id ?? randomUUID(),
    before: change.item,
  }));
  const newIds = new Map(writes.filter((write) => !write.before).map((write) => [write.index, write.id]));
  await writeInBatches(
    save.context,
    writes,
    batchWriter(save, (tx, items) => {
      const batch = items.flatMap((write) => {
        const change = changes[write.index];
        return change ? [{ ...change, newId: newIds.get(write.index) }] : [];
      });
      return saveItemChanges(tx, save.actor, save.placement, batch, save.reason);
    }),
  );
}
