import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectFromItemInput } from '../../../domain/projects/project-input.js';
import type { Project } from '../../../domain/projects/project-response.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { Queryable } from '../../platform/db/client.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound } from '../../platform/http/errors.js';
import { needs } from '../needs/tables.js';
import { findVisibleVersion } from '../plans/public.js';
import {
  itemBudgets,
  planAlignmentLinks,
  planApproaches,
  planItemAreas,
  planItemKpis,
  planItemNeeds,
  planItems,
} from '../plans/child-tables.js';
import { createProjectIn } from './service.js';

const ITEM = { th: 'รายการชุดโครงการ', en: 'Project-set item' };

/** What a project inherits from a project-set item: links, areas, agency and that year's budget. */
export async function inheritedFromItem(tx: Queryable, itemId: string, fiscalYear: number) {
  const [item] = await tx
    .select({ item: planItems, issueId: planApproaches.issueId })
    .from(planItems)
    .innerJoin(planApproaches, eq(planApproaches.id, planItems.approachId))
    .where(eq(planItems.id, itemId));
  if (!item) {
    return null;
  }
  const areas = await tx.select().from(planItemAreas).where(eq(planItemAreas.itemId, itemId));
  const kpis = await tx.select().from(planItemKpis).where(eq(planItemKpis.itemId, itemId));
  const needIds = (await tx.select().from(planItemNeeds).where(eq(planItemNeeds.itemId, itemId))).map(
    (row) => row.needId,
  );
  const existingNeeds =
    needIds.length === 0
      ? []
      : await tx.select({ id: needs.id }).from(needs).where(inArray(needs.id, needIds));
  const alignment = await tx
    .select()
    .from(planAlignmentLinks)
    .where(and(eq(planAlignmentLinks.entityType, 'item'), eq(planAlignmentLinks.entityId, itemId)));
  const [budget] = await tx
    .select()
    .from(itemBudgets)
    .where(and(eq(itemBudgets.itemId, itemId), eq(itemBudgets.fiscalYear, fiscalYear)));
  return { ...item, areas, kpis, needIds: existingNeeds.map((row) => row.id), alignment, budget };
}

/** POST /plan-items/:id/projects: a project of the item's plan (province or cluster) inheriting its links. */
export async function createProjectFromItem(
  deps: DatabaseDeps,
  actor: Actor,
  itemId: string,
  input: ProjectFromItemInput,
): Promise<Project> {
  authorize(actor, 'project.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const inherited = await inheritedFromItem(tx, itemId, input.fiscalYear);
    const visible = inherited ? await findVisibleVersion(tx, actor, inherited.item.planVersionId) : null;
    if (!inherited || !visible) {
      throw notFound(ITEM);
    }
    const { item, budget } = inherited;
    const amountSatang = String(budget?.amountSatang ?? 0n);
    return createProjectIn(tx, actor, {
      code: input.code,
      fiscalYear: input.fiscalYear,
      scope: visible.plan.scope,
      provinceCode: visible.plan.provinceCode,
      clusterId: visible.plan.clusterId ?? undefined,
      title: input.title ?? item.title,
      description: item.description,
      budgetType: input.budgetType,
      category: input.category,
      implementingAgencyId: item.agencyId,
      locations: inherited.areas.map((area) => ({ areaCode: area.areaCode })),
      provinceShares: [],
      links: {
        planItemId: item.id,
        planIssueId: inherited.issueId,
        planApproachId: item.approachId,
        kpiIds: inherited.kpis.map((kpi) => kpi.kpiId),
        needIds: inherited.needIds,
        alignment: inherited.alignment.map((link) => ({ nodeId: link.nodeId, isPrimary: link.isPrimary })),
      },
      budgetLines: budget
        ? [{ description: item.title, budgetType: input.budgetType, category: input.category, amountSatang }]
        : [],
      schedule: budget ? [{ fiscalYear: input.fiscalYear, amountSatang }] : [],
      outputs: [],
      readiness: [],
    });
  });
}
