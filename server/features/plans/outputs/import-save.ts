import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/policy.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Queryable } from '../../../platform/db/client.js';
import type { PlanPlacement } from '../access.js';
import { ENTITY_NAMES, nextOrderNo } from '../children.js';
import { itemBudgets, kpiTargets, planItemAreas, planItems, planKpis } from '../child-tables.js';
import type { ItemChange } from './item-rows.js';
import type { KpiChange } from './kpi-rows.js';
import { lostVersionRace } from '../../../platform/db/version-race.js';

const targetStrings = (targets: readonly { fiscalYear: number; areaCode: string | null; value: string }[]) =>
  targets.map((t) => `${t.fiscalYear}|${t.areaCode ?? ''}=${t.value}`).sort();

/** Writes KPI edits (attributes, target grid) with one audit event per KPI; a concurrent edit aborts all. */
export async function saveKpiChanges(
  tx: Queryable,
  actor: Actor,
  placement: PlanPlacement,
  changes: readonly KpiChange[],
  reason: string,
) {
  for (const { kpi, fields, targets } of changes) {
    const [updated] = await tx
      .update(planKpis)
      .set({ ...(fields ?? {}), version: kpi.version + 1, updatedAt: new Date() })
      .where(and(eq(planKpis.id, kpi.id), eq(planKpis.version, kpi.version)))
      .returning({ id: planKpis.id });
    if (!updated) {
      throw await lostVersionRace(tx, planKpis, kpi.id, ENTITY_NAMES.kpi);
    }
    if (targets) {
      await tx.delete(kpiTargets).where(eq(kpiTargets.kpiId, kpi.id));
      if (targets.length > 0) {
        await tx.insert(kpiTargets).values(
          targets.map((t) => ({
            ...placement,
            kpiId: kpi.id,
            fiscalYear: t.fiscalYear,
            areaCode: t.areaCode,
            targetValue: t.value,
          })),
        );
      }
    }
    const {
      targets: beforeTargets,
      alignment: _alignment,
      id: _id,
      version: _version,
      ...beforeFields
    } = kpi;
    await recordAudit(tx, actor, {
      entityType: 'plan_kpi',
      entityId: kpi.id,
      action: 'update',
      before: { ...beforeFields, targets: targetStrings(beforeTargets) },
      after: { ...beforeFields, ...(fields ?? {}), targets: targetStrings(targets ?? beforeTargets) },
      reason,
      provinceCode: placement.provinceCode,
    });
  }
}

type ItemSnapshot = {
  approachId: string;
  title: string;
  description: string | null;
  fundingSource: string;
  agencyName: string | null;
  areaCodes: string[];
  budgets: string[];
};

const budgetStrings = (budgets: readonly { fiscalYear: number; amountSatang: bigint | string }[]) =>
  budgets.map((b) => `${b.fiscalYear}=${b.amountSatang.toString()}`).sort();

async function replaceItemLists(tx: Queryable, placement: PlanPlacement, itemId: string, change: ItemChange) {
  const link = { itemId, ...placement };
  if (change.areaCodes) {
    await tx.delete(planItemAreas).where(eq(planItemAreas.itemId, itemId));
    if (change.areaCodes.length > 0) {
      await tx.insert(planItemAreas).values(change.areaCodes.map((areaCode) => ({ ...link, areaCode })));
    }
  }
  if (change.budgets) {
    await tx.delete(itemBudgets).where(eq(itemBudgets.itemId, itemId));
    if (change.budgets.length > 0) {
      await tx
        .insert(itemBudgets)
        .values(
          change.budgets.map((b) => ({ ...link, fiscalYear: b.fiscalYear, amountSatang: b.amountSatang })),
        );
    }
  }
}

/**
 * Writes item edits and new items (with `newId` when the caller chose it) with one audit event each;
 * a concurrent edit aborts all. Returns created ids by row.
 */
export async function saveItemChanges(
  tx: Queryable,
  actor: Actor,
  placement: PlanPlacement,
  changes: readonly (ItemChange & { newId?: string | undefined })[],
  reason: string,
) {
  const created = new Map<number, string>();
  for (const change of changes) {
    const { item, fields } = change;
    let itemId: string;
    let before: ItemSnapshot | null = null;
    if (item) {
      const moved = fields.approachId !== item.approachId;
      const orderNo = moved
        ? await nextOrderNo(tx, planItems, eq(planItems.approachId, fields.approachId))
        : item.orderNo;
      const [updated] = await tx
        .update(planItems)
        .set({ ...fields, orderNo, version: item.version + 1, updatedAt: new Date() })
        .where(and(eq(planItems.id, item.id), eq(planItems.version, item.version)))
        .returning({ id: planItems.id });
      if (!updated) {
        throw await lostVersionRace(tx, planItems, item.id, ENTITY_NAMES.item);
      }
      itemId = item.id;
      before = { ...pickItem(item), areaCodes: item.areaCodes, budgets: budgetStrings(item.budgets) };
    } else {
      const orderNo = await nextOrderNo(tx, planItems, eq(planItems.approachId, fields.approachId));
      const [inserted] = await tx
        .insert(planItems)
        .values({ ...placement, ...fields, orderNo, ...(change.newId ? { id: change.newId } : {}) })
        .returning({ id: planItems.id });
      if (!inserted) {
        throw new Error('insert returned no row');
      }
      itemId = inserted.id;
      created.set(change.rowNumber, itemId);
    }
    await replaceItemLists(tx, placement, itemId, change);
    const after: ItemSnapshot = {
      ...fields,
      areaCodes: change.areaCodes ?? item?.areaCodes ?? [],
      budgets: change.budgets ? budgetStrings(change.budgets) : (before?.budgets ?? []),
    };
    await recordAudit(tx, actor, {
      entityType: 'plan_item',
      entityId: itemId,
      action: item ? 'update' : 'create',
      before,
      after,
      reason,
      provinceCode: placement.provinceCode,
    });
  }
  return created;
}

function pickItem(item: NonNullable<ItemChange['item']>) {
  return {
    approachId: item.approachId,
    title: item.title,
    description: item.description,
    fundingSource: item.fundingSource,
    agencyName: item.agencyName,
  };
}
