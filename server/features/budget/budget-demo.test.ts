import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectStages, StageSummary } from '../../../domain/budget/stage-responses.js';
import { selectRows } from '../../platform/db/client.js';
import { actorOf, createReadyPlan } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { getProject } from '../projects/service.js';
import { seedDemoStages } from './demo.js';
import { createTestProject, intoActionPlan, moveProject } from './test-projects.js';

let context: TestContext;
let korat: TestClient;
const ids: string[] = [];
beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
  const actor = await actorOf(context, 'planner.korat');
  const deps = { database: context.database };
  const plan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['300101']);
  for (let n = 0; n < 4; n += 1) {
    const project = await createTestProject(deps, actor, plan, { provinceCode: '30', areaCode: '300101' });
    await intoActionPlan(deps, actor, project.id);
    if (n < 3) {
      await moveProject(deps, actor, project.id, 'request');
    }
    ids.push(project.id);
  }
  await context.database.db.execute(sql`update projects set is_demo = true`);
  await seedDemoStages(context.database);
  // A second run adds nothing.
  await seedDemoStages(context.database);
});
afterAll(() => context.close());

describe('demo budget stages', () => {
  it('carries every requested FY2568 demo project through enactment, with cuts and reasons', async () => {
    const first = (
      await korat.request('GET', `/api/v1/projects/${ids[0]}/budget-stages`)
    ).json() as ProjectStages;
    expect(first.stages.map((stage) => [stage.stage, stage.amountSatang, stage.cutSatang])).toEqual([
      ['request', '1250000000', '0'],
      ['bureau_scrutiny', '1187500000', '62500000'],
      ['draft_bill', '1187500000', '0'],
      ['enacted', '1151800000', '35700000'],
    ]);
    expect(first.stages[1]?.cutReason).toContain('สำนักงบประมาณ');
    const actor = await actorOf(context, 'planner.korat');
    expect((await getProject({ database: context.database }, actor, ids[0] ?? '')).status).toBe('allocated');
    // The project still in the action plan was never requested, so it has no stages.
    const notRequested = (await korat.request('GET', `/api/v1/projects/${ids[3]}/budget-stages`)).json();
    expect(notRequested.stages).toEqual([]);
  });

  it('sums the demo stages in the roll-ups exactly as the stage rows add up', async () => {
    const summary = (
      await korat.request('GET', '/api/v1/budget-summaries?fiscalYear=2568&by=province')
    ).json() as StageSummary;
    const [sums] = await selectRows<{ request: string; enacted: string }>(
      context.database.db,
      sql`select sum(amount_satang) filter (where stage = 'request')::text as request,
        sum(amount_satang) filter (where stage = 'enacted')::text as enacted from project_budget_stages`,
    );
    expect(summary.total.amountSatang.request).toBe(sums?.request);
    expect(summary.total.amountSatang.enacted).toBe(sums?.enacted);
    expect(summary.total.projects.enacted).toBe(3);
  });
});
