import { and, eq, isNull } from 'drizzle-orm';
import type { TestContext } from '../../test/harness.js';
import { seedDemoStages } from '../budget/demo.js';
import { seedDemoPlan } from '../plans/demo.js';
import { seedDemoProjects } from '../projects/demo.js';
import { seedDemoSpending } from './demo.js';
import { clusterMemberships } from '../areas/tables.js';
import { projectSchedule } from '../projects/child-tables.js';
import { projects } from '../projects/tables.js';

let counter = 0;

/** A project row straight in the database (as the projects feature would hold it), for spending tests. */
export async function insertProject(
  context: TestContext,
  options: {
    provinceCode: string;
    clusterId?: number;
    fiscalYear?: number;
    totalSatang?: bigint;
    budgetType?: 'investment' | 'operating';
    gfmisCode?: string;
    multiYear?: boolean;
  },
): Promise<{ id: string; code: string }> {
  counter += 1;
  const fiscalYear = options.fiscalYear ?? 2569;
  const code = `SP-${options.provinceCode}-${counter}`;
  const [row] = await context.database.db
    .insert(projects)
    .values({
      provinceCode: options.provinceCode,
      clusterId: options.clusterId ?? null,
      scope: options.clusterId ? 'cluster' : 'province',
      budgetUnit: options.clusterId ? `C${options.clusterId}` : `P${options.provinceCode}`,
      code,
      fiscalYear,
      title: `โครงการทดสอบการเบิกจ่าย ${counter}`,
      budgetType: options.budgetType ?? 'investment',
      category: 'construction',
      totalSatang: options.totalSatang ?? 1_200_000_00n,
      gfmisCode: options.gfmisCode ?? null,
      status: 'allocated',
    })
    .returning({ id: projects.id });
  const id = row?.id ?? '';
  const years = options.multiYear ? [fiscalYear, fiscalYear + 1] : [fiscalYear];
  await context.database.db.insert(projectSchedule).values(
    years.map((year) => ({
      projectId: id,
      provinceCode: options.provinceCode,
      clusterId: options.clusterId ?? null,
      fiscalYear: year,
      amountSatang: options.totalSatang ?? 1_200_000_00n,
    })),
  );
  return { id, code };
}

/** The cluster a province currently belongs to. */
export async function clusterOf(context: TestContext, provinceCode: string): Promise<number> {
  const [row] = await context.database.db
    .select({ clusterId: clusterMemberships.clusterId })
    .from(clusterMemberships)
    .where(and(eq(clusterMemberships.provinceCode, provinceCode), isNull(clusterMemberships.validTo)));
  return row?.clusterId ?? 0;
}

/** The demo chain spending builds on (plan → projects → budget stages), then demo spending. */
export async function seedSpendingDemoChain(context: TestContext): Promise<number> {
  await seedDemoPlan(context.database);
  await seedDemoProjects(context.database);
  await seedDemoStages(context.database);
  return seedDemoSpending(context.database);
}
