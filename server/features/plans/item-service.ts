import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ItemInput, ItemUpdateInput } from '../../../domain/plans/plan-children-input.js';
import type { ItemNode } from '../../../domain/plans/tree.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { invalid } from '../../platform/http/errors.js';
import { agencies } from '../agencies/tables.js';
import { linkNeedsToEntity } from '../needs/public.js';
import type { VisibleVersion } from './access.js';
import { deleteOrphanLinks, replaceAlignment } from './alignment-links.js';
import {
  deleteChildAtVersion,
  editableChild,
  ENTITY_NAMES,
  nextOrderNo,
  nodeOf,
  visibleChild,
} from './children.js';
import {
  itemBudgets,
  planApproaches,
  planItemAreas,
  planItemKpis,
  planItemNeeds,
  planItems,
  planKpis,
} from './child-tables.js';
import { assertAreasInPlan } from './kpi-service.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

type Relations = Pick<
  ItemUpdateInput,
  'areaCodes' | 'kpiIds' | 'needIds' | 'budgets' | 'alignment' | 'agencyId'
>;

async function assertRelations(tx: Queryable, visible: VisibleVersion, input: Relations) {
  const problems = await assertAreasInPlan(
    tx,
    visible,
    (input.areaCodes ?? []).map((code, index) => ({ path: `areaCodes.${index}`, code })),
  );
  if (input.kpiIds && input.kpiIds.length > 0) {
    const kpis = await tx
      .select({ id: planKpis.id, versionId: planKpis.planVersionId })
      .from(planKpis)
      .where(inArray(planKpis.id, input.kpiIds));
    if (
      kpis.length !== new Set(input.kpiIds).size ||
      kpis.some((kpi) => kpi.versionId !== visible.version.id)
    ) {
      problems.push({
        path: 'kpiIds',
        message: { th: 'ตัวชี้วัดต้องอยู่ในแผนฉบับเดียวกัน', en: 'The KPIs must be in the same plan version' },
      });
    }
  }
  if (input.agencyId) {
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.id, input.agencyId));
    if (!agency) {
      problems.push({ path: 'agencyId', message: { th: 'ไม่พบหน่วยงานนี้', en: 'Unknown agency' } });
    }
  }
  if (problems.length > 0) {
    throw invalid(problems);
  }
}

/** Writes the lists an item carries; each given list replaces the stored one. */
async function saveRelations(
  tx: Queryable,
  actor: Actor,
  visible: VisibleVersion,
  itemId: string,
  title: string,
  input: Relations,
  alignmentPath = 'alignment',
) {
  const link = { itemId, ...visible.placement };
  if (input.areaCodes) {
    await tx.delete(planItemAreas).where(eq(planItemAreas.itemId, itemId));
    const codes = [...new Set(input.areaCodes)];
    if (codes.length > 0) {
      await tx.insert(planItemAreas).values(codes.map((areaCode) => ({ ...link, areaCode })));
    }
  }
  if (input.kpiIds) {
    await tx.delete(planItemKpis).where(eq(planItemKpis.itemId, itemId));
    const ids = [...new Set(input.kpiIds)];
    if (ids.length > 0) {
      await tx.insert(planItemKpis).values(ids.map((kpiId) => ({ ...link, kpiId })));
    }
  }
  if (input.needIds) {
    const before = await tx
      .select({ needId: planItemNeeds.needId })
      .from(planItemNeeds)
      .where(eq(planItemNeeds.itemId, itemId));
    const ids = [...new Set(input.needIds)];
    const added = ids.filter((id) => !before.some((row) => row.needId === id));
    // Needs validates the ids and marks newly answered needs as linked to this item.
    await linkNeedsToEntity(tx, actor, added, { type: 'project_set_item', id: itemId, label: title });
    await tx.delete(planItemNeeds).where(eq(planItemNeeds.itemId, itemId));
    if (ids.length > 0) {
      await tx.insert(planItemNeeds).values(ids.map((needId) => ({ ...link, needId })));
    }
  }
  if (input.budgets) {
    await tx.delete(itemBudgets).where(eq(itemBudgets.itemId, itemId));
    if (input.budgets.length > 0) {
      await tx.insert(itemBudgets).values(
        input.budgets.map((b) => ({
          ...link,
          fiscalYear: b.fiscalYear,
          amountSatang: BigInt(b.amountSatang),
        })),
      );
    }
  }
  if (input.alignment) {
    await replaceAlignment(tx, visible.placement, 'item', itemId, input.alignment, alignmentPath);
  }
}

/** Adds a project-set item (รายการชุดโครงการ) under an approach. */
export async function createItem(deps: DatabaseDeps, actor: Actor, approachId: string, input: ItemInput) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [approach] = await tx.select().from(planApproaches).where(eq(planApproaches.id, approachId));
    const { visible } = await editableChild(tx, actor, approach, ENTITY_NAMES.approach);
    await assertRelations(tx, visible, input);
    const { areaCodes: _a, kpiIds: _k, needIds: _n, budgets: _b, alignment: _l, ...fields } = input;
    const orderNo = await nextOrderNo(tx, planItems, eq(planItems.approachId, approachId));
    const [created] = await tx
      .insert(planItems)
      .values({ ...visible.placement, ...fields, approachId, orderNo })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    await saveRelations(tx, actor, visible, created.id, created.title, input);
    const node = await nodeOf(tx, visible.version.id, 'item', created.id);
    await recordAudit(tx, actor, {
      entityType: 'plan_item',
      entityId: created.id,
      action: 'create',
      after: auditView(node),
      provinceCode: created.provinceCode,
    });
    return node;
  });
}

function auditView(node: ItemNode) {
  const { clusterRule: _rule, version: _version, alignment, budgets, ...rest } = node;
  return {
    ...rest,
    budgets: budgets.map((b) => `${b.fiscalYear}=${b.amountSatang}`),
    alignment: alignment.map((link) => `${link.nodeId}${link.isPrimary ? '*' : ''}`),
  };
}

/** One item with its lists and the cluster-rule verdict. */
export async function getItem(deps: DatabaseDeps, actor: Actor, id: string) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planItems).where(eq(planItems.id, id));
    const { row } = await visibleChild(tx, actor, found, ENTITY_NAMES.item);
    return nodeOf(tx, row.planVersionId, 'item', id);
  });
}

/** Edits an item; lists given (areas, KPIs, needs, budgets, alignment) replace the stored ones. */
export async function updateItem(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: Omit<ItemUpdateInput, 'version'>,
  alignmentPath = 'alignment',
) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planItems).where(eq(planItems.id, id));
    const { row: current, visible } = await editableChild(tx, actor, found, ENTITY_NAMES.item, expected);
    if (input.approachId) {
      const [approach] = await tx
        .select()
        .from(planApproaches)
        .where(eq(planApproaches.id, input.approachId));
      if (!approach || approach.planVersionId !== current.planVersionId) {
        throw invalid([
          {
            path: 'approachId',
            message: { th: 'แนวทางการพัฒนาต้องอยู่ในฉบับเดียวกัน', en: 'The approach must be in the same version' },
          },
        ]);
      }
    }
    await assertRelations(tx, visible, input);
    const before = auditView(await nodeOf(tx, current.planVersionId, 'item', id));
    const { areaCodes: _a, kpiIds: _k, needIds: _n, budgets: _b, alignment: _l, ...fields } = input;
    const [updated] = await tx
      .update(planItems)
      .set({ ...fields, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(planItems.id, id), eq(planItems.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, planItems, id, ENTITY_NAMES.item);
    }
    await saveRelations(tx, actor, visible, id, updated.title, input, alignmentPath);
    const node = await nodeOf(tx, current.planVersionId, 'item', id);
    await recordAudit(tx, actor, {
      entityType: 'plan_item',
      entityId: id,
      action: 'update',
      before,
      after: auditView(node),
      provinceCode: current.provinceCode,
    });
    return node;
  });
}

/** Deletes an item with its budgets, areas and links. */
export async function deleteItem(deps: DatabaseDeps, actor: Actor, id: string, expected: number) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planItems).where(eq(planItems.id, id));
    const { row: current } = await editableChild(tx, actor, found, ENTITY_NAMES.item, expected);
    await deleteChildAtVersion(tx, planItems, id, expected, ENTITY_NAMES.item);
    await deleteOrphanLinks(tx, current.planVersionId);
    await recordAudit(tx, actor, {
      entityType: 'plan_item',
      entityId: id,
      action: 'delete',
      before: current,
      provinceCode: current.provinceCode,
    });
  });
}
