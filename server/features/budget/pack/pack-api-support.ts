import { eq, inArray } from 'drizzle-orm';
import { projectCreateSchema } from '../../../../domain/projects/project-input.js';
import type { ProjectStatus } from '../../../../domain/projects/project.js';
import type { TestContext } from '../../../test/harness.js';
import { actorOf } from '../../../test/factories.js';
import { clusters } from '../../areas/tables.js';
import { createProject } from '../../projects/public.js';
import { projects } from '../../projects/tables.js';

/** Creates a project as `username` with the given budget lines (satang) and moves it to `status`. */
export async function packProject(
  context: TestContext,
  username: string,
  input: {
    code: string;
    title: string;
    areaCode: string;
    amounts: bigint[];
    budgetType?: string;
    status?: ProjectStatus;
  },
  placement: { provinceCode: string } | { clusterId: number; shares: [string, number][] },
): Promise<string> {
  const actor = await actorOf(context, username);
  const body = projectCreateSchema.parse({
    code: input.code,
    fiscalYear: 2568,
    ...('clusterId' in placement
      ? {
          scope: 'cluster',
          clusterId: placement.clusterId,
          provinceShares: placement.shares.map(([provinceCode, shareBp]) => ({ provinceCode, shareBp })),
        }
      : { scope: 'province', provinceCode: placement.provinceCode }),
    title: input.title,
    budgetType: input.budgetType ?? 'investment',
    category: 'construction',
    locations: [{ areaCode: input.areaCode }],
    budgetLines: input.amounts.map((amount, index) => ({
      description: `รายการที่ ${index + 1}`,
      budgetType: input.budgetType ?? 'investment',
      category: 'construction',
      amountSatang: String(amount),
    })),
  });
  const project = await createProject({ database: context.database }, actor, body);
  // The lifecycle up to "requested" (readiness, action plan, rules) is the projects feature's own
  // test; the pack only needs projects that have reached it.
  await context.database.db
    .update(projects)
    .set({ status: input.status ?? 'requested' })
    .where(eq(projects.id, project.id));
  return project.id;
}

/** The cluster Nakhon Ratchasima belongs to. */
export async function koratClusterId(context: TestContext): Promise<number> {
  const [cluster] = await context.database.db
    .select({ id: clusters.id })
    .from(clusters)
    .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
  if (!cluster) {
    throw new Error('no cluster');
  }
  return cluster.id;
}

/** The sum of the stored project totals, straight from the table. */
export async function storedTotal(context: TestContext, ids: string[]): Promise<bigint> {
  const rows = await context.database.db
    .select({ total: projects.totalSatang })
    .from(projects)
    .where(inArray(projects.id, ids));
  return rows.reduce((sum, row) => sum + BigInt(row.total), 0n);
}
