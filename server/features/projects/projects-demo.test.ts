import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { seedDemoPlan } from '../plans/demo.js';
import { seedDemoProjects } from './demo.js';
import { projectRollups, projects } from './tables.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
  await seedDemoPlan(context.database);
});
afterAll(() => context.close());

const counted = async (where: ReturnType<typeof and>) =>
  (await context.database.db.select({ value: count() }).from(projects).where(where))[0]?.value ?? 0;

describe('demo projects', () => {
  it('gives the demo province ~150 FY2569 projects from its plan, its cluster 20 and FY2568 ones, once', async () => {
    expect(await seedDemoProjects(context.database)).toBeGreaterThan(200);
    expect(await counted(and(eq(projects.fiscalYear, 2569), eq(projects.scope, 'province')))).toBe(150);
    expect(await counted(and(eq(projects.fiscalYear, 2569), eq(projects.scope, 'cluster')))).toBe(20);
    expect(await counted(eq(projects.fiscalYear, 2568))).toBe(40);
    expect(await counted(sql`${projects.planItemId} is not null`)).toBeGreaterThan(30);
    expect(await counted(eq(projects.isDemo, false))).toBe(0);
    const [rollup] = await context.database.db
      .select({ total: sql<string>`sum(${projectRollups.projects})::int` })
      .from(projectRollups);
    expect(Number(rollup?.total)).toBe(210);
    expect(await seedDemoProjects(context.database)).toBe(0);
  });
});
