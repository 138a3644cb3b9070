import { and, asc, eq } from 'drizzle-orm';
import { CEILING_CLASSES, type EntryClass } from '../../../domain/action-plans/action-plan.js';
import type { Database } from '../../platform/db/client.js';
import { clusterMemberships } from '../areas/tables.js';
import { projects } from '../projects/tables.js';
import { actionPlanCeilings, actionPlanEntries, actionPlans } from './tables.js';

const DEMO_YEAR = 2569;
const DEMO_PROVINCE = '30';
/** The demo ceiling leaves about a fifth of the demo money on the ranked reserve list. */
const CEILING_SHARE = 0.8;

type DemoProject = {
  id: string;
  totalSatang: bigint;
  budgetUnit: string;
  provinceCode: string;
  clusterId: number | null;
};

/** Within the ceiling by rank until it is used up, then the reserve list; the first project is administration. */
function classify(
  list: readonly DemoProject[],
  ceiling: bigint,
): { project: DemoProject; entryClass: EntryClass }[] {
  let used = 0n;
  return list.map((project, index) => {
    const wanted: EntryClass = index === 0 ? 'administration' : 'within';
    const fits = used + project.totalSatang <= ceiling;
    const entryClass: EntryClass = CEILING_CLASSES.includes(wanted) && fits ? wanted : 'above';
    if (entryClass !== 'above') {
      used += project.totalSatang;
    }
    return { project, entryClass };
  });
}

async function seedUnit(database: Database, unitProjects: DemoProject[]): Promise<void> {
  const first = unitProjects[0];
  if (!first) {
    return;
  }
  const placement = { provinceCode: first.provinceCode, clusterId: first.clusterId };
  const [existing] = await database.db
    .select({ id: actionPlans.id })
    .from(actionPlans)
    .where(and(eq(actionPlans.budgetUnit, first.budgetUnit), eq(actionPlans.fiscalYear, DEMO_YEAR)));
  if (existing) {
    return;
  }
  const total = unitProjects.reduce((sum, project) => sum + project.totalSatang, 0n);
  const ceiling = (total * BigInt(Math.round(CEILING_SHARE * 100))) / 100n;
  await database.db.transaction(async (tx) => {
    await tx
      .insert(actionPlanCeilings)
      .values({ fiscalYear: DEMO_YEAR, budgetUnit: first.budgetUnit, amountSatang: ceiling, ...placement })
      .onConflictDoNothing();
    const [plan] = await tx
      .insert(actionPlans)
      .values({
        scope: first.clusterId === null ? 'province' : 'cluster',
        ...placement,
        budgetUnit: first.budgetUnit,
        fiscalYear: DEMO_YEAR,
        versionNo: 1,
        isDemo: true,
      })
      .returning();
    if (!plan) {
      throw new Error('demo action plan not inserted');
    }
    const ranks = new Map<EntryClass, number>();
    await tx.insert(actionPlanEntries).values(
      classify(unitProjects, ceiling).map(({ project, entryClass }) => {
        const rank = (ranks.get(entryClass) ?? 0) + 1;
        ranks.set(entryClass, rank);
        return {
          actionPlanId: plan.id,
          projectId: project.id,
          entryClass,
          rank,
          amountSatang: project.totalSatang,
          ...placement,
        };
      }),
    );
  });
}

/**
 * The demo province's FY2569 action plan and its clusters' from the demo projects (seeded by the
 * projects feature before this one); does nothing where a plan already exists or no project does.
 */
export async function seedDemoActionPlans(database: Database): Promise<void> {
  const clusterIds = (
    await database.db
      .select({ clusterId: clusterMemberships.clusterId })
      .from(clusterMemberships)
      .where(eq(clusterMemberships.provinceCode, DEMO_PROVINCE))
  ).map((row) => row.clusterId);
  const rows = await database.db
    .select({
      id: projects.id,
      totalSatang: projects.totalSatang,
      budgetUnit: projects.budgetUnit,
      provinceCode: projects.provinceCode,
      clusterId: projects.clusterId,
    })
    .from(projects)
    .where(and(eq(projects.isDemo, true), eq(projects.fiscalYear, DEMO_YEAR)))
    .orderBy(asc(projects.code));
  const units = new Map<string, DemoProject[]>();
  for (const row of rows) {
    const ours =
      row.clusterId === null ? row.provinceCode === DEMO_PROVINCE : clusterIds.includes(row.clusterId);
    if (ours) {
      units.set(row.budgetUnit, [...(units.get(row.budgetUnit) ?? []), row]);
    }
  }
  for (const unitProjects of units.values()) {
    await seedUnit(database, unitProjects);
  }
}
