import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { BudgetType, ProjectCategory, ProjectStatus } from '../../../domain/projects/project.js';
import type { Database, Tx } from '../../platform/db/client.js';
import { agencies } from '../agencies/tables.js';
import { areas, clusterMemberships } from '../areas/tables.js';
import {
  planAlignmentLinks,
  planApproaches,
  planItemAreas,
  planItemKpis,
  planItems,
} from '../plans/child-tables.js';
import { developmentPlans, planVersions } from '../plans/tables.js';
import { placementOf, type ProjectPlacement } from './access.js';
import {
  DEMO_2568_STATUSES,
  DEMO_2569_STATUSES,
  DEMO_CLUSTER_TITLES,
  DEMO_NEW_TITLES,
  demoAmount,
  demoReadiness,
  demoStatusOf,
} from './demo-data.js';
import { seedDemoEvidence } from './demo-evidence.js';
import { projects } from './tables.js';
import { insertProjects, replaceChildren, type NewProject, type ProjectChildren } from './writes.js';

type Draft = NewProject & { children: ProjectChildren };

function draft(
  n: number,
  placement: ProjectPlacement & { scope: 'province' | 'cluster' },
  fields: {
    title: string;
    fiscalYear: number;
    budgetType: BudgetType;
    category: ProjectCategory;
    status: ProjectStatus;
  },
  extra: {
    areaCodes: string[];
    agencyId: string | null;
    links?: ProjectChildren['links'];
    shares?: ProjectChildren['provinceShares'];
  },
): Draft {
  const amountSatang = demoAmount(n);
  const budgetLines = [
    { description: fields.title, budgetType: fields.budgetType, category: fields.category, amountSatang },
  ];
  const links = extra.links ?? { kpiIds: [], needIds: [], alignment: [] };
  return {
    ...fields,
    status: fields.fiscalYear === 2569 ? demoStatusOf(fields, n, links) : fields.status,
    scope: placement.scope,
    placement: { provinceCode: placement.provinceCode, clusterId: placement.clusterId },
    objective: `เพื่อ${fields.title}`,
    implementingAgencyId: extra.agencyId,
    beneficiaryHouseholds: 100 + ((n * 13) % 900),
    links,
    budgetLines,
    children: {
      locations: extra.areaCodes.map((areaCode) => ({ areaCode })),
      provinceShares: extra.shares ?? [],
      links,
      budgetLines,
      schedule: [{ fiscalYear: fields.fiscalYear, amountSatang }],
      outputs: [{ kind: 'output', description: fields.title, targetValue: '1', unit: 'แห่ง' }],
      readiness: demoReadiness(n),
    },
  };
}

/** The demo province's published plan items with what a project inherits from each. */
async function demoPlanItems(tx: Tx) {
  const [version] = await tx
    .select({ id: planVersions.id })
    .from(planVersions)
    .innerJoin(developmentPlans, eq(developmentPlans.id, planVersions.planId))
    .where(
      and(
        eq(developmentPlans.isDemo, true),
        eq(developmentPlans.provinceCode, '30'),
        eq(planVersions.status, 'published'),
      ),
    );
  if (!version) {
    return [];
  }
  const items = await tx
    .select({ item: planItems, issueId: planApproaches.issueId })
    .from(planItems)
    .innerJoin(planApproaches, eq(planApproaches.id, planItems.approachId))
    .where(eq(planItems.planVersionId, version.id))
    .orderBy(asc(planItems.orderNo));
  const ids = items.map((row) => row.item.id);
  const itemAreas = ids.length
    ? await tx.select().from(planItemAreas).where(inArray(planItemAreas.itemId, ids))
    : [];
  const kpis = ids.length
    ? await tx.select().from(planItemKpis).where(inArray(planItemKpis.itemId, ids))
    : [];
  const alignment = ids.length
    ? await tx
        .select()
        .from(planAlignmentLinks)
        .where(and(eq(planAlignmentLinks.entityType, 'item'), inArray(planAlignmentLinks.entityId, ids)))
    : [];
  return items.map(({ item, issueId }) => {
    const primary = alignment.filter((link) => link.entityId === item.id);
    return {
      item,
      areaCodes: itemAreas.filter((area) => area.itemId === item.id).map((area) => area.areaCode),
      links: {
        planItemId: item.id,
        planIssueId: issueId,
        planApproachId: item.approachId,
        kpiIds: kpis.filter((kpi) => kpi.itemId === item.id).map((kpi) => kpi.kpiId),
        needIds: [],
        alignment:
          primary.filter((link) => link.isPrimary).length === 1
            ? primary.map((link) => ({ nodeId: link.nodeId, isPrimary: link.isPrimary }))
            : [],
      },
    };
  });
}

/**
 * The plan issue and KPIs a new proposal answers (those of a plan item it resembles in purpose);
 * every sixth proposal names none, so the demo shows the plan-link rule failing.
 */
function proposalLinks(items: Awaited<ReturnType<typeof demoPlanItems>>, k: number) {
  const entry = items[k % Math.max(1, items.length)];
  if (k % 6 === 0 || !entry) {
    return undefined;
  }
  return { ...entry.links, planItemId: null };
}

/**
 * Demo projects, clearly labelled: about 150 FY2569 projects of Nakhon Ratchasima (from its demo plan's
 * project-set items and new proposals), about 20 cluster projects and FY2568 projects that went
 * through the budget stages. Written in bulk; does nothing when demo projects exist already.
 */
export async function seedDemoProjects(database: Database): Promise<number> {
  const [existing] = await database.db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.isDemo, true))
    .limit(1);
  if (existing) {
    return 0;
  }
  return database.db.transaction(async (tx) => {
    const districts = (
      await tx
        .select({ code: areas.code })
        .from(areas)
        .where(and(like(areas.code, '30%'), eq(areas.level, 'district'), isNull(areas.validTo)))
    ).map((a) => a.code);
    const agencyIds = (
      await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.provinceCode, '30'))
    ).map((a) => a.id);
    const agencyOf = (n: number) => agencyIds[n % Math.max(1, agencyIds.length)] ?? null;
    const districtOf = (n: number) => districts[n % Math.max(1, districts.length)] ?? '30';
    const korat = { scope: 'province' as const, provinceCode: '30', clusterId: null };
    const drafts: Draft[] = [];
    const items = await demoPlanItems(tx);
    for (const [index, entry] of items.entries()) {
      for (const copy of [0, 1, 2]) {
        const n = drafts.length;
        const area = entry.areaCodes[copy % Math.max(1, entry.areaCodes.length)] ?? districtOf(n);
        const title = copy === 0 ? entry.item.title : `${entry.item.title} (ระยะที่ ${copy + 1})`;
        const status = DEMO_2569_STATUSES[(index + copy) % DEMO_2569_STATUSES.length] ?? 'proposal';
        drafts.push(
          draft(
            n,
            korat,
            { title, fiscalYear: 2569, budgetType: 'investment', category: 'construction', status },
            { areaCodes: [area], agencyId: entry.item.agencyId ?? agencyOf(n), links: entry.links },
          ),
        );
      }
    }
    for (let k = 0; drafts.length < 150; k += 1) {
      const n = drafts.length;
      const template = DEMO_NEW_TITLES[k % DEMO_NEW_TITLES.length];
      if (!template) {
        break;
      }
      const district = districtOf(k);
      drafts.push(
        draft(
          n,
          korat,
          {
            ...template,
            title: `${template.title} อำเภอรหัส ${district}`,
            fiscalYear: 2569,
            status: DEMO_2569_STATUSES[k % DEMO_2569_STATUSES.length] ?? 'proposal',
          },
          { areaCodes: [district], agencyId: agencyOf(n), links: proposalLinks(items, k) },
        ),
      );
    }
    for (let k = 0; k < 40; k += 1) {
      const n = drafts.length;
      const template = DEMO_NEW_TITLES[k % DEMO_NEW_TITLES.length];
      if (!template) {
        break;
      }
      drafts.push(
        draft(
          n,
          korat,
          {
            ...template,
            title: `${template.title} (ปี 2568) ${districtOf(k + 3)}`,
            fiscalYear: 2568,
            status: DEMO_2568_STATUSES[k % DEMO_2568_STATUSES.length] ?? 'allocated',
          },
          { areaCodes: [districtOf(k + 3)], agencyId: agencyOf(n) },
        ),
      );
    }
    const [membership] = await tx
      .select()
      .from(clusterMemberships)
      .where(and(eq(clusterMemberships.provinceCode, '30'), isNull(clusterMemberships.validTo)));
    if (membership) {
      const members = (
        await tx
          .select()
          .from(clusterMemberships)
          .where(
            and(eq(clusterMemberships.clusterId, membership.clusterId), isNull(clusterMemberships.validTo)),
          )
      )
        .map((m) => m.provinceCode)
        .sort();
      const cluster = {
        scope: 'cluster' as const,
        ...(await placementOf(tx, { scope: 'cluster', clusterId: membership.clusterId })),
      };
      const share = Math.floor(10000 / members.length);
      const shares = members.map((provinceCode, i) => ({
        provinceCode,
        shareBp: i === 0 ? 10000 - share * (members.length - 1) : share,
      }));
      for (let k = 0; k < 20; k += 1) {
        const n = drafts.length;
        const title = `${DEMO_CLUSTER_TITLES[k % DEMO_CLUSTER_TITLES.length] ?? ''} ระยะที่ ${Math.floor(k / DEMO_CLUSTER_TITLES.length) + 1}`;
        drafts.push(
          draft(
            n,
            cluster,
            {
              title,
              fiscalYear: 2569,
              budgetType: 'investment',
              category: k % 2 ? 'construction' : 'promotion',
              status: DEMO_2569_STATUSES[k % DEMO_2569_STATUSES.length] ?? 'proposal',
            },
            { areaCodes: members, agencyId: null, shares },
          ),
        );
      }
    }
    const created = await insertProjects(tx, null, drafts, { isDemo: true });
    await replaceChildren(
      tx,
      created.map((row, index) => ({
        id: row.id,
        placement: { provinceCode: row.provinceCode, clusterId: row.clusterId },
        children: drafts[index]?.children ?? {},
      })),
    );
    await seedDemoEvidence(
      tx,
      created.map((row, index) => ({
        ...row,
        status: drafts[index]?.status ?? row.status,
        readiness: drafts[index]?.children.readiness ?? [],
      })),
    );
    return created.length;
  });
}
