import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCreateSchema } from '../../../domain/projects/project-input.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import { actorOf, expectStatus } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { createProject } from '../projects/service.js';

let context: TestContext;
let planner: TestClient;
let planId: string;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  const admin = await context.signIn('admin');
  const actor = await actorOf(context, 'planner.korat');
  await expectStatus(admin, 200, 'PUT', '/api/v1/action-plan-ceilings', {
    fiscalYear: 2569,
    budgetUnit: 'P30',
    amountSatang: '100000000',
  });
  const plan = await expectStatus(planner, 201, 'POST', '/api/v1/action-plans', {
    scope: 'province',
    provinceCode: '30',
    fiscalYear: 2569,
  });
  planId = String(plan.id);
  for (const amountSatang of ['60000000', '50000000']) {
    const project = await createProject(
      { database: context.database },
      actor,
      projectCreateSchema.parse({
        fiscalYear: 2569,
        scope: 'province',
        provinceCode: '30',
        title: `ปรับปรุงแหล่งน้ำชุมชน ${amountSatang}`,
        budgetType: 'investment',
        category: 'construction',
        budgetLines: [
          { description: 'ค่าก่อสร้าง', budgetType: 'investment', category: 'construction', amountSatang },
        ],
      }),
    );
    await expectStatus(planner, 201, 'POST', `/api/v1/action-plans/${planId}/entries`, {
      projectId: project.id,
      entryClass: 'within',
    });
  }
}, 120_000);
afterAll(() => context.close());

const results = async (client: TestClient) => {
  const response = await client.request('GET', `/api/v1/action-plans/${planId}/rule-results`);
  return { status: response.statusCode, body: response.json() as RuleResults };
};

describe('action-plan rules', () => {
  it('fails the ceiling rule while the within-ceiling money exceeds the ceiling, and passes once it fits', async () => {
    const over = await results(planner);
    expect(over.status).toBe(200);
    expect(over.body.blockingCount).toBe(1);
    expect(over.body.results[0]).toMatchObject({ key: 'within_ceiling', outcome: 'fail' });
    expect(over.body.results[0]?.explanation.th).toBe(
      'ภายในกรอบ 1,100,000.00 บาท เกินกรอบ 1,000,000.00 บาท อยู่ 100,000.00 บาท',
    );
    const board = await expectStatus(planner, 200, 'GET', `/api/v1/action-plans/${planId}`);
    const entries = board.entries as { id: string }[];
    const version = (board.plan as { version: number }).version;
    await expectStatus(
      planner,
      200,
      'PUT',
      `/api/v1/action-plans/${planId}/order`,
      { within: [entries[0]?.id], above: [entries[1]?.id], administration: [], noted: [] },
      version,
    );
    const fits = await results(planner);
    expect(fits.body.results[0]).toMatchObject({ outcome: 'pass' });
    expect(fits.body.results[0]?.explanation.en).toContain('of 1,000,000.00 baht');
  });

  it('keeps another province out', async () => {
    const chiangmai = await context.signIn('planner.chiangmai');
    expect((await results(chiangmai)).status).toBe(404);
  });
});
