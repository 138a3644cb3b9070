import { and, eq, like, or } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Tx } from '../../platform/db/client.js';
import { needs } from '../needs/tables.js';
import { linkNeedsToEntity } from '../needs/public.js';
import type { PlanPlacement } from './access.js';
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
import { DEMO_ISSUES, type DemoItem, type DemoLink } from './demo-data.js';

export const YEARS = [2566, 2567, 2568, 2569, 2570];

export type DemoContext = {
  tx: Tx;
  placement: PlanPlacement;
  nodeId: (link: DemoLink) => string;
  linker: Actor | null;
};

async function insertLinks(
  ctx: DemoContext,
  entityType: 'issue' | 'item',
  entityId: string,
  links: DemoLink[],
  primary?: string,
) {
  const rows = links.map((link) => ({ nodeId: ctx.nodeId(link), isPrimary: false }));
  if (primary) {
    rows.unshift({ nodeId: ctx.nodeId(['master_plan', primary]), isPrimary: true });
  }
  await ctx.tx
    .insert(planAlignmentLinks)
    .values(rows.map((row) => ({ ...ctx.placement, ...row, entityType, entityId })));
}

/** Adds one demo item with its budgets, areas, KPIs, alignment and (when demo needs exist) needs. */
export async function insertDemoItem(
  ctx: DemoContext,
  approachId: string,
  orderNo: number,
  item: DemoItem,
  kpiIds: Map<string, string>,
) {
  const [row] = await ctx.tx
    .insert(planItems)
    .values({
      ...ctx.placement,
      approachId,
      orderNo,
      title: item.title,
      fundingSource: item.funding,
      agencyName: item.agency,
    })
    .returning();
  if (!row) {
    throw new Error('demo item not inserted');
  }
  const link = { itemId: row.id, ...ctx.placement };
  const budgets = item.baht.flatMap((baht, index) =>
    baht > 0 ? [{ ...link, fiscalYear: YEARS[index] ?? 0, amountSatang: BigInt(baht) * 100n }] : [],
  );
  if (budgets.length > 0) {
    await ctx.tx.insert(itemBudgets).values(budgets);
  }
  await ctx.tx.insert(planItemAreas).values(item.areas.map((areaCode) => ({ ...link, areaCode })));
  await ctx.tx
    .insert(planItemKpis)
    .values(item.kpis.map((key) => ({ ...link, kpiId: kpiIds.get(key) ?? '' })));
  await insertLinks(ctx, 'item', row.id, item.links, item.y1);
  if (item.needHint && ctx.linker) {
    const found = await ctx.tx
      .select({ id: needs.id })
      .from(needs)
      .where(
        and(
          eq(needs.isDemo, true),
          eq(needs.provinceCode, '30'),
          like(needs.title, `%${item.needHint}%`),
          or(eq(needs.status, 'received'), eq(needs.status, 'screened')),
        ),
      )
      .limit(3);
    if (found.length > 0) {
      await linkNeedsToEntity(
        ctx.tx,
        ctx.linker,
        found.map((n) => n.id),
        { type: 'project_set_item', id: row.id, label: item.title },
      );
      await ctx.tx.insert(planItemNeeds).values(found.map((n) => ({ ...link, needId: n.id })));
    }
  }
  return row;
}

/** Inserts the demo issues with every child into a version. */
export async function insertDemoTree(ctx: DemoContext) {
  const kpiIds = new Map<string, string>();
  for (const [issueIndex, issue] of DEMO_ISSUES.entries()) {
    const [issueRow] = await ctx.tx
      .insert(planIssues)
      .values({
        ...ctx.placement,
        orderNo: issueIndex + 1,
        title: issue.title,
        description: issue.description,
      })
      .returning();
    const issueId = issueRow?.id ?? '';
    await insertLinks(ctx, 'issue', issueId, issue.links);
    for (const [objectiveIndex, objective] of issue.objectives.entries()) {
      const [objectiveRow] = await ctx.tx
        .insert(planObjectives)
        .values({ ...ctx.placement, issueId, orderNo: objectiveIndex + 1, title: objective.title })
        .returning();
      for (const [kpiIndex, kpi] of objective.kpis.entries()) {
        const [kpiRow] = await ctx.tx
          .insert(planKpis)
          .values({
            ...ctx.placement,
            objectiveId: objectiveRow?.id ?? '',
            orderNo: kpiIndex + 1,
            name: kpi.name,
            unit: kpi.unit,
            baselineValue: kpi.baseline[0],
            baselineYear: kpi.baseline[1],
            direction: kpi.direction,
            rollup: kpi.rollup,
            dataSource: kpi.source,
          })
          .returning();
        const kpiId = kpiRow?.id ?? '';
        kpiIds.set(kpi.key, kpiId);
        const grid = [{ areaCode: null, values: kpi.targets }, ...(kpi.districtTargets ?? [])];
        await ctx.tx.insert(kpiTargets).values(
          grid.flatMap((line) =>
            line.values.map((value, index) => ({
              ...ctx.placement,
              kpiId,
              fiscalYear: YEARS[index] ?? 0,
              areaCode: line.areaCode,
              targetValue: String(value),
            })),
          ),
        );
      }
    }
    for (const [approachIndex, approach] of issue.approaches.entries()) {
      const [approachRow] = await ctx.tx
        .insert(planApproaches)
        .values({ ...ctx.placement, issueId, orderNo: approachIndex + 1, title: approach.title })
        .returning();
      for (const [itemIndex, item] of approach.items.entries()) {
        await insertDemoItem(ctx, approachRow?.id ?? '', itemIndex + 1, item, kpiIds);
      }
    }
  }
}
