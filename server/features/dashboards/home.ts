import type { Actor } from '../../../domain/auth/policy.js';
import { RULE_GATED_STATUSES } from '../../../domain/dashboards/rules-failing.js';
import {
  homeKindOf,
  officeClusterOf,
  quarterDue,
  type Home,
  type HomeItemKey,
} from '../../../domain/dashboards/home.js';
import { budgetUnitOf } from '../../../domain/projects/project.js';
import { authorize, isAllowed } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { actionPlanMoneyOfYear } from '../action-plans/public.js';
import { documentsAwaitingCommittee } from '../approvals/public.js';
import { needStatusCounts } from '../needs/public.js';
import { draftPlanVersionCount } from '../plans/public.js';
import { resultsSummary } from '../results/public.js';
import { listClusters } from '../areas/public.js';
import { settleRuleVerdicts, type VerdictOwner } from '../budget/public.js';
import { failingRulesCount } from './rules-failing.js';

type Item = { key: HomeItemKey; count: number };
type Office = { id: number; members: readonly string[] };

/** The cluster a cluster officer's home speaks for, with its member provinces (only they need the clusters read). */
async function officeCluster(deps: DatabaseDeps, actor: Actor): Promise<Office | null> {
  if (!actor.roles.includes('cluster_officer')) {
    return null;
  }
  const clusters = (await listClusters(deps, actor, {})).items.map((cluster) => ({
    id: cluster.id,
    members: cluster.members.map((member) => member.provinceCode),
  }));
  const id = officeClusterOf(actor, clusters);
  return clusters.find((cluster) => cluster.id === id) ?? null;
}

/** Needs received and not yet screened in the nation, a province or a district (a finer scope: its district). */
async function needsToScreen(tx: Queryable, fiscalYear: number, areaCode?: string): Promise<number> {
  const level = areaCode === undefined || areaCode.length === 2 ? 2 : 4;
  const counts = await needStatusCounts(tx, { fiscalYear, level, provinceCode: areaCode?.slice(0, 2) });
  return counts
    .filter(
      (row) =>
        row.status === 'received' && (areaCode === undefined || row.areaCode === areaCode.slice(0, level)),
    )
    .reduce((sum, row) => sum + row.needs, 0);
}

/** Needs received and not yet screened across a cluster's member provinces (their province roll-up rows). */
async function clusterNeedsToScreen(tx: Queryable, fiscalYear: number, office: Office): Promise<number> {
  const counts = await needStatusCounts(tx, { fiscalYear, level: 2 });
  return counts
    .filter((row) => row.status === 'received' && office.members.includes(row.provinceCode))
    .reduce((sum, row) => sum + row.needs, 0);
}

/**
 * Budget units whose latest action plan counts more against the ceiling than it: those placed in the
 * province, or the cluster's own unit.
 */
async function overCeiling(tx: Queryable, fiscalYear: number, owner: VerdictOwner): Promise<number> {
  const money =
    'clusterId' in owner
      ? await actionPlanMoneyOfYear(tx, fiscalYear, budgetUnitOf('cluster', '', owner.clusterId))
      : await actionPlanMoneyOfYear(tx, fiscalYear);
  const ceilings = new Map(money.ceilings.map((row) => [row.budgetUnit, row.amountSatang]));
  const owns = (plan: (typeof money.plans)[number]) =>
    'clusterId' in owner ? plan.clusterId === owner.clusterId : plan.provinceCode === owner.provinceCode;
  return money.plans.filter((plan) => {
    const ceiling = ceilings.get(plan.budgetUnit);
    return owns(plan) && ceiling !== undefined && plan.againstCeilingSatang > ceiling;
  }).length;
}

async function awaitingDecision(tx: Queryable, provinceCode: string): Promise<Item[]> {
  const documents = await documentsAwaitingCommittee(tx, {
    scope: 'province',
    provinceCode,
    clusterId: null,
  });
  return [
    {
      key: 'plansAwaitingDecision',
      count: documents.filter((d) => d.documentType === 'plan_version').length,
    },
    {
      key: 'actionPlansAwaitingDecision',
      count: documents.filter((d) => d.documentType === 'action_plan').length,
    },
  ];
}

/**
 * A user's home: the centre's count of needs waiting nationwide (its page is the nation's overview),
 * an approver's documents awaiting the committee's decision, a planner's work waiting in their
 * (first) area — needs of that province or district, the rest of its province — and a cluster
 * office's waiting in its cluster: its member provinces' needs, its own plans, action plan and
 * projects. Every count from a roll-up or an index-served query, each opening its list.
 */
export async function dashboardHome(
  deps: DatabaseDeps,
  actor: Actor,
  query: { fiscalYear: number },
  now: Date = new Date(),
): Promise<Home> {
  authorize(actor, 'dashboard.read');
  const kind = homeKindOf(actor);
  const areaCode = kind === 'centre' ? null : (actor.viewScope.areaCodes[0] ?? null);
  const provinceCode = areaCode?.slice(0, 2) ?? null;
  const quarter = quarterDue(query.fiscalYear, now);
  const office = kind === 'planner' ? await officeCluster(deps, actor) : null;
  const base = {
    kind,
    fiscalYear: query.fiscalYear,
    areaCode: office === null ? (areaCode?.slice(0, 4) ?? null) : null,
    clusterId: office?.id ?? null,
    quarter,
  };
  if (areaCode === null || provinceCode === null) {
    const count = await inActorReadTransaction(deps.database, actor, (tx) =>
      needsToScreen(tx, query.fiscalYear),
    );
    return { ...base, items: kind === 'centre' ? [{ key: 'needsToScreen', count }] : [] };
  }
  // A cluster office chases its cluster's budget unit; a province's planner their province's own.
  const owner: VerdictOwner = office === null ? { provinceCode } : { clusterId: office.id };
  // The cluster's lists need each member province in view, which makes it the office's cluster.
  const ownerArea = office === null ? provinceCode : undefined;
  const rulesFailing = kind === 'planner' && isAllowed(actor, 'budget.read', ownerArea);
  // Reports are a province's or a cluster's list: a user seeing only a district has none to chase.
  const reportsDue =
    kind === 'planner' && quarter !== null && isAllowed(actor, 'result.read', ownerArea)
      ? (await resultsSummary(deps, actor, { fiscalYear: query.fiscalYear, quarter, ...owner }))
          .missingReports.length
      : null;
  if (rulesFailing) {
    await settleRuleVerdicts(deps.database, actor, {
      fiscalYear: query.fiscalYear,
      owner,
      statuses: RULE_GATED_STATUSES,
    });
  }
  const items = await inActorReadTransaction(deps.database, actor, async (tx): Promise<Item[]> => {
    if (kind === 'approver') {
      return [
        ...(await awaitingDecision(tx, provinceCode)),
        { key: 'needsToScreen', count: await needsToScreen(tx, query.fiscalYear, areaCode) },
      ];
    }
    const toScreen =
      office === null
        ? await needsToScreen(tx, query.fiscalYear, areaCode)
        : await clusterNeedsToScreen(tx, query.fiscalYear, office);
    return [
      { key: 'needsToScreen', count: toScreen },
      { key: 'draftPlans', count: await draftPlanVersionCount(tx, owner) },
      ...(rulesFailing
        ? [
            {
              key: 'rulesFailing' as const,
              count: await failingRulesCount(tx, query, owner),
            },
          ]
        : []),
      { key: 'actionPlansOverCeiling', count: await overCeiling(tx, query.fiscalYear, owner) },
      ...(reportsDue === null ? [] : [{ key: 'reportsDue' as const, count: reportsDue }]),
    ];
  });
  return { ...base, items };
}
