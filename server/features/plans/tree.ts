import { asc, eq, inArray, sql } from 'drizzle-orm';
import { clusterRule } from '../../../domain/plans/cluster-rule.js';
import type { PlanStatus } from '../../../domain/plans/plan.js';
import type { ApprovalEvent } from '../../../domain/plans/responses.js';
import type { AlignmentLinkView, ItemNode, PlanVersionTreeData } from '../../../domain/plans/tree.js';
import type { Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { alignmentNodes } from '../alignment/tables.js';
import { areas } from '../areas/tables.js';
import { memberProvincesOf, PLAN_VERSION, planProvinces } from './access.js';
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
import { eventsOf } from '../approvals/public.js';
import { presentPlan, presentPlanVersion } from './presenter.js';
import { developmentPlans, planVersions } from './tables.js';

export type PlanVersionTree = PlanVersionTreeData & { approvals: ApprovalEvent[] };

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
}

async function alignmentOf(tx: Queryable, versionId: string): Promise<Map<string, AlignmentLinkView[]>> {
  const rows = await tx
    .select({ link: planAlignmentLinks, node: alignmentNodes })
    .from(planAlignmentLinks)
    .innerJoin(alignmentNodes, eq(alignmentNodes.id, planAlignmentLinks.nodeId))
    .where(eq(planAlignmentLinks.planVersionId, versionId))
    .orderBy(asc(alignmentNodes.scheme), asc(alignmentNodes.code));
  const views = rows.map(({ link, node }) => ({
    entityId: link.entityId,
    view: {
      nodeId: node.id,
      isPrimary: link.isPrimary,
      scheme: node.scheme,
      schemeVersion: node.schemeVersion,
      level: node.level,
      code: node.code,
      titleTh: node.titleTh,
      titleEn: node.titleEn,
      isVerified: node.isVerified,
    },
  }));
  const grouped = groupBy(views, (row) => row.entityId);
  return new Map([...grouped].map(([id, list]) => [id, list.map((row) => row.view)]));
}

/**
 * One plan version with every child in order, as the API returns it and as the PDF/Excel outputs
 * read it. Runs in the caller's transaction, so row-level security of the caller applies.
 */
export async function loadPlanVersionTree(tx: Queryable, versionId: string): Promise<PlanVersionTree> {
  const [row] = await tx
    .select({ version: planVersions, plan: developmentPlans })
    .from(planVersions)
    .innerJoin(developmentPlans, eq(developmentPlans.id, planVersions.planId))
    .where(eq(planVersions.id, versionId));
  if (!row) {
    throw notFound(PLAN_VERSION);
  }
  const members = await memberProvincesOf(tx, row.plan.clusterId);
  const issues = await tx
    .select()
    .from(planIssues)
    .where(eq(planIssues.planVersionId, versionId))
    .orderBy(asc(planIssues.orderNo), asc(planIssues.createdAt));
  const objectives = await tx
    .select()
    .from(planObjectives)
    .where(eq(planObjectives.planVersionId, versionId))
    .orderBy(asc(planObjectives.orderNo), asc(planObjectives.createdAt));
  const kpis = await tx
    .select()
    .from(planKpis)
    .where(eq(planKpis.planVersionId, versionId))
    .orderBy(asc(planKpis.orderNo), asc(planKpis.createdAt));
  const targets = await tx
    .select()
    .from(kpiTargets)
    .where(eq(kpiTargets.planVersionId, versionId))
    .orderBy(asc(kpiTargets.fiscalYear), sql`${kpiTargets.areaCode} asc nulls first`);
  const approaches = await tx
    .select()
    .from(planApproaches)
    .where(eq(planApproaches.planVersionId, versionId))
    .orderBy(asc(planApproaches.orderNo), asc(planApproaches.createdAt));
  const items = await tx
    .select()
    .from(planItems)
    .where(eq(planItems.planVersionId, versionId))
    .orderBy(asc(planItems.orderNo), asc(planItems.createdAt));
  const budgets = await tx
    .select()
    .from(itemBudgets)
    .where(eq(itemBudgets.planVersionId, versionId))
    .orderBy(asc(itemBudgets.fiscalYear));
  const itemAreas = await tx
    .select()
    .from(planItemAreas)
    .where(eq(planItemAreas.planVersionId, versionId))
    .orderBy(asc(planItemAreas.areaCode));
  const itemKpis = await tx.select().from(planItemKpis).where(eq(planItemKpis.planVersionId, versionId));
  const itemNeeds = await tx.select().from(planItemNeeds).where(eq(planItemNeeds.planVersionId, versionId));
  const alignment = await alignmentOf(tx, versionId);
  const approvals = await eventsOf<PlanStatus>(tx, 'plan_version', versionId);
  const names =
    members.length > 0
      ? await tx
          .select({ code: areas.code, nameTh: areas.nameTh })
          .from(areas)
          .where(inArray(areas.code, members))
      : [];
  const provinceNames = Object.fromEntries(names.map((area) => [area.code, area.nameTh]));
  const targetsByKpi = groupBy(targets, (t) => t.kpiId);
  const budgetsByItem = groupBy(budgets, (b) => b.itemId);
  const areasByItem = groupBy(itemAreas, (a) => a.itemId);
  const kpisByItem = groupBy(itemKpis, (k) => k.itemId);
  const needsByItem = groupBy(itemNeeds, (n) => n.itemId);
  const kpiOrder = new Map(kpis.map((kpi, index) => [kpi.id, index]));
  const itemNode = (item: (typeof items)[number]): ItemNode => {
    const itemBudgetRows = budgetsByItem.get(item.id) ?? [];
    const areaCodes = (areasByItem.get(item.id) ?? []).map((a) => a.areaCode);
    return {
      id: item.id,
      stableKey: item.stableKey,
      approachId: item.approachId,
      orderNo: item.orderNo,
      title: item.title,
      description: item.description,
      fundingSource: item.fundingSource,
      agencyId: item.agencyId,
      agencyName: item.agencyName,
      benefitNote: item.benefitNote,
      version: item.version,
      budgets: itemBudgetRows.map((b) => ({
        fiscalYear: b.fiscalYear,
        amountSatang: b.amountSatang.toString(),
      })),
      totalSatang: itemBudgetRows.reduce((sum, b) => sum + b.amountSatang, 0n).toString(),
      areaCodes,
      kpiIds: (kpisByItem.get(item.id) ?? [])
        .map((k) => k.kpiId)
        .sort((a, b) => (kpiOrder.get(a) ?? 0) - (kpiOrder.get(b) ?? 0)),
      needIds: (needsByItem.get(item.id) ?? []).map((n) => n.needId).sort(),
      alignment: alignment.get(item.id) ?? [],
      clusterRule: clusterRule({
        scope: row.plan.scope,
        areaCodes,
        benefitNote: item.benefitNote,
        memberProvinceCodes: members,
        provinceNames,
      }),
    };
  };
  const objectivesByIssue = groupBy(objectives, (o) => o.issueId);
  const kpisByObjective = groupBy(kpis, (k) => k.objectiveId);
  const approachesByIssue = groupBy(approaches, (a) => a.issueId);
  const itemsByApproach = groupBy(items, (i) => i.approachId);
  return {
    plan: presentPlan(row.plan),
    planProvinceCodes: planProvinces(row.plan, members),
    version: presentPlanVersion(row.version),
    issues: issues.map((issue) => ({
      id: issue.id,
      stableKey: issue.stableKey,
      orderNo: issue.orderNo,
      title: issue.title,
      description: issue.description,
      version: issue.version,
      alignment: alignment.get(issue.id) ?? [],
      objectives: (objectivesByIssue.get(issue.id) ?? []).map((objective) => ({
        id: objective.id,
        stableKey: objective.stableKey,
        issueId: objective.issueId,
        orderNo: objective.orderNo,
        title: objective.title,
        version: objective.version,
        kpis: (kpisByObjective.get(objective.id) ?? []).map((kpi) => ({
          id: kpi.id,
          stableKey: kpi.stableKey,
          objectiveId: kpi.objectiveId,
          orderNo: kpi.orderNo,
          name: kpi.name,
          unit: kpi.unit,
          baselineValue: kpi.baselineValue,
          baselineYear: kpi.baselineYear,
          direction: kpi.direction,
          rollup: kpi.rollup,
          dataSource: kpi.dataSource,
          version: kpi.version,
          targets: (targetsByKpi.get(kpi.id) ?? []).map((t) => ({
            fiscalYear: t.fiscalYear,
            areaCode: t.areaCode,
            value: t.targetValue,
          })),
          alignment: alignment.get(kpi.id) ?? [],
        })),
      })),
      approaches: (approachesByIssue.get(issue.id) ?? []).map((approach) => ({
        id: approach.id,
        stableKey: approach.stableKey,
        issueId: approach.issueId,
        orderNo: approach.orderNo,
        title: approach.title,
        description: approach.description,
        version: approach.version,
        items: (itemsByApproach.get(approach.id) ?? []).map(itemNode),
      })),
    })),
    approvals,
  };
}
