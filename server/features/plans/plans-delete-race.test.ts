import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadyPlan, ifMatch, type ReadyPlan } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { statementsWaitingOnALock } from '../../test/lock-wait.js';
import { planItems } from './child-tables.js';

/** A plan node deleted at the version its editor read, even when a change lands while it waits. */
let context: TestContext;
let planner: TestClient;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
});
afterAll(() => context.close());

describe.runIf(process.env.TEST_DATABASE_URL)('deleting a plan node while another edit lands', () => {
  it('answers 412 with the current version and keeps the node', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let edited = () => {};
    const underway = new Promise<void>((resolve) => (edited = resolve));
    const edit = context.database.db.transaction(async (tx) => {
      await tx.update(planItems).set({ version: 2 }).where(eq(planItems.id, plan.itemId));
      edited();
      await held;
    });
    await Promise.race([underway, edit]);
    const deletion = planner.request('DELETE', `/api/v1/plan-items/${plan.itemId}`, { headers: ifMatch(1) });
    const waiting = await statementsWaitingOnALock(context.database.db).finally(release);
    expect(waiting).toBe(1);
    await edit;
    const answer = await deletion;
    expect(answer.statusCode, answer.body).toBe(412);
    expect(answer.json()).toMatchObject({ currentVersion: 2 });
    expect((await planner.request('GET', `/api/v1/plan-items/${plan.itemId}`)).statusCode).toBe(200);
  });
});
