import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import {
  itemBudgets,
  kpiTargets,
  planAlignmentLinks,
  planApproaches,
  planIssues,
  planItemAreas,
  planItemKpis,
  planItemNeeds,
  planItems,
  planKpis,
  planObjectives,
} from './child-tables.js';
import { planVersions } from './tables.js';

type VersionRow = typeof planVersions.$inferSelect;

function remap(map: Map<string, string>, id: string): string {
  const mapped = map.get(id);
  if (!mapped) {
    throw new Error(`copy: no new id for ${id}`);
  }
  return mapped;
}

const freshIds = (rows: { id: string }[]) => new Map(rows.map((row) => [row.id, randomUUID()]));

/**
 * Deep-copies a version into a new draft: every child gets a new id and keeps its stable key, so the
 * two versions can be diffed. Change reasons and approval history stay with the source.
 */
export async function copyVersion(
  tx: Tx,
  source: VersionRow,
  target: { versionNo: number; kind: VersionRow['kind']; reviewFiscalYear: number | null },
): Promise<VersionRow> {
  const [version] = await tx
    .insert(planVersions)
    .values({
      planId: source.planId,
      versionNo: target.versionNo,
      kind: target.kind,
      reviewFiscalYear: target.reviewFiscalYear,
      basedOnVersionId: source.id,
      status: 'draft',
      vision: source.vision,
      developmentGoal: source.developmentGoal,
      areaPotential: source.areaPotential,
      swot: source.swot,
      keyFigures: source.keyFigures,
      provinceCode: source.provinceCode,
      clusterId: source.clusterId,
    })
    .returning();
  if (!version) {
    throw new Error('insert returned no row');
  }
  const placement = {
    planVersionId: version.id,
    provinceCode: source.provinceCode,
    clusterId: source.clusterId,
  };
  const from = source.id;
  const issues = await tx.select().from(planIssues).where(eq(planIssues.planVersionId, from));
  const objectives = await tx.select().from(planObjectives).where(eq(planObjectives.planVersionId, from));
  const kpis = await tx.select().from(planKpis).where(eq(planKpis.planVersionId, from));
  const targets = await tx.select().from(kpiTargets).where(eq(kpiTargets.planVersionId, from));
  const approaches = await tx.select().from(planApproaches).where(eq(planApproaches.planVersionId, from));
  const items = await tx.select().from(planItems).where(eq(planItems.planVersionId, from));
  const budgets = await tx.select().from(itemBudgets).where(eq(itemBudgets.planVersionId, from));
  const areas = await tx.select().from(planItemAreas).where(eq(planItemAreas.planVersionId, from));
  const itemKpis = await tx.select().from(planItemKpis).where(eq(planItemKpis.planVersionId, from));
  const needs = await tx.select().from(planItemNeeds).where(eq(planItemNeeds.planVersionId, from));
  const links = await tx.select().from(planAlignmentLinks).where(eq(planAlignmentLinks.planVersionId, from));
  const issueIds = freshIds(issues);
  const objectiveIds = freshIds(objectives);
  const kpiIds = freshIds(kpis);
  const approachIds = freshIds(approaches);
  const itemIds = freshIds(items);
  const stamp = { createdAt: new Date(), updatedAt: new Date(), version: 1 };
  if (issues.length > 0) {
    await tx
      .insert(planIssues)
      .values(issues.map((row) => ({ ...row, ...placement, ...stamp, id: remap(issueIds, row.id) })));
  }
  if (objectives.length > 0) {
    await tx.insert(planObjectives).values(
      objectives.map((row) => ({
        ...row,
        ...placement,
        ...stamp,
        id: remap(objectiveIds, row.id),
        issueId: remap(issueIds, row.issueId),
      })),
    );
  }
  if (kpis.length > 0) {
    await tx.insert(planKpis).values(
      kpis.map((row) => ({
        ...row,
        ...placement,
        ...stamp,
        id: remap(kpiIds, row.id),
        objectiveId: remap(objectiveIds, row.objectiveId),
      })),
    );
  }
  if (targets.length > 0) {
    await tx
      .insert(kpiTargets)
      .values(
        targets.map((row) => ({ ...row, ...placement, id: randomUUID(), kpiId: remap(kpiIds, row.kpiId) })),
      );
  }
  if (approaches.length > 0) {
    await tx.insert(planApproaches).values(
      approaches.map((row) => ({
        ...row,
        ...placement,
        ...stamp,
        id: remap(approachIds, row.id),
        issueId: remap(issueIds, row.issueId),
      })),
    );
  }
  if (items.length > 0) {
    await tx.insert(planItems).values(
      items.map((row) => ({
        ...row,
        ...placement,
        ...stamp,
        id: remap(itemIds, row.id),
        approachId: remap(approachIds, row.approachId),
      })),
    );
  }
  const itemLink = <T extends { itemId: string }>(row: T) => ({
    ...row,
    ...placement,
    itemId: remap(itemIds, row.itemId),
  });
  if (budgets.length > 0) {
    await tx.insert(itemBudgets).values(budgets.map(itemLink));
  }
  if (areas.length > 0) {
    await tx.insert(planItemAreas).values(areas.map(itemLink));
  }
  if (itemKpis.length > 0) {
    await tx
      .insert(planItemKpis)
      .values(itemKpis.map((row) => ({ ...itemLink(row), kpiId: remap(kpiIds, row.kpiId) })));
  }
  if (needs.length > 0) {
    await tx.insert(planItemNeeds).values(needs.map(itemLink));
  }
  const entityIds = { issue: issueIds, kpi: kpiIds, item: itemIds };
  const kept = links.filter((row) => entityIds[row.entityType].has(row.entityId));
  if (kept.length > 0) {
    await tx.insert(planAlignmentLinks).values(
      kept.map((row) => ({
        ...row,
        ...placement,
        id: randomUUID(),
        entityId: remap(entityIds[row.entityType], row.entityId),
      })),
    );
  }
  return version;
}
