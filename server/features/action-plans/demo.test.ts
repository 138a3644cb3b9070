import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionPlanTotals } from '../../../domain/action-plans/totals.js';
import { projectCreateSchema } from '../../../domain/projects/project-input.js';
import { actorOf } from '../../test/factories.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { projects } from '../projects/tables.js';
import { createProject } from '../projects/service.js';
import { seedDemoActionPlans } from './demo.js';
import { actionPlanCeilings, actionPlanEntries, actionPlans } from './tables.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
  const actor = await actorOf(context, 'planner.korat');
  for (const amountSatang of ['40000000', '30000000', '20000000', '10000000', '5000000']) {
    await createProject(
      { database: context.database },
      actor,
      projectCreateSchema.parse({
        fiscalYear: 2569,
        scope: 'province',
        provinceCode: '30',
        title: `โครงการตัวอย่าง ${amountSatang}`,
        budgetType: 'operating',
        category: 'training',
        budgetLines: [
          { description: 'ค่าใช้จ่าย', budgetType: 'operating', category: 'training', amountSatang },
        ],
      }),
    );
  }
  await context.database.db.update(projects).set({ isDemo: true });
}, 120_000);
afterAll(() => context.close());

describe('demo action plans', () => {
  it('builds the demo province’s FY2569 plan from its demo projects within its ceiling, once', async () => {
    await seedDemoActionPlans(context.database);
    await seedDemoActionPlans(context.database);
    const plans = await context.database.db
      .select()
      .from(actionPlans)
      .where(eq(actionPlans.budgetUnit, 'P30'));
    expect(plans).toHaveLength(1);
    expect(plans[0]?.isDemo).toBe(true);
    const entries = await context.database.db
      .select()
      .from(actionPlanEntries)
      .where(eq(actionPlanEntries.actionPlanId, plans[0]?.id ?? ''));
    expect(entries).toHaveLength(5);
    const [ceiling] = await context.database.db
      .select({ amount: actionPlanCeilings.amountSatang })
      .from(actionPlanCeilings)
      .where(sql`${actionPlanCeilings.budgetUnit} = 'P30'`);
    const totals = actionPlanTotals(entries, ceiling?.amount ?? null);
    expect(totals.overCeiling).toBe(false);
    expect(totals.byClass.administration.count).toBe(1);
    expect(totals.byClass.above.count).toBeGreaterThan(0);
  });
});
