import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadyPlan, ifMatch, type ReadyPlan } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { statementsWaitingOnALock } from '../../test/lock-wait.js';
import { planItems } from './child-tables.js';

/** Plan node writes at the version their editor read, even when another edit lands while they wait. */
let context: TestContext;
let planner: TestClient;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
});
afterAll(() => context.close());

/**
 * Holds an edit of the item that moves it to `version`, sends `write` while the edit holds the row,
 * checks that the write waits on it, then commits the edit and returns the write's answer.
 */
async function writeWhileEditHeld(
  version: number,
  write: () => Promise<LightMyRequestResponse>,
): Promise<LightMyRequestResponse> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let edited = () => {};
  const underway = new Promise<void>((resolve) => (edited = resolve));
  const edit = context.database.db.transaction(async (tx) => {
    await tx.update(planItems).set({ version }).where(eq(planItems.id, plan.itemId));
    edited();
    await held;
  });
  await Promise.race([underway, edit]);
  const answer = write();
  const waiting = await statementsWaitingOnALock(context.database.db).finally(release);
  expect(waiting).toBe(1);
  await edit;
  return answer;
}

describe.runIf(process.env.TEST_DATABASE_URL)('writing a plan node while another edit lands', () => {
  it('an update answers 412 with the version that edit left, not the one read before it', async () => {
    const answer = await writeWhileEditHeld(2, () =>
      planner.request('PATCH', `/api/v1/plan-items/${plan.itemId}`, {
        body: { title: 'ชื่อที่แก้ไขพร้อมกัน' },
        headers: ifMatch(1),
      }),
    );
    expect(answer.statusCode, answer.body).toBe(412);
    expect(answer.json()).toMatchObject({ currentVersion: 2 });
    const item = await planner.request('GET', `/api/v1/plan-items/${plan.itemId}`);
    expect(item.json()).toMatchObject({ version: 2 });
    expect(item.json().title).not.toBe('ชื่อที่แก้ไขพร้อมกัน');
  });

  it('a delete answers 412 with the current version and keeps the node', async () => {
    const answer = await writeWhileEditHeld(3, () =>
      planner.request('DELETE', `/api/v1/plan-items/${plan.itemId}`, { headers: ifMatch(2) }),
    );
    expect(answer.statusCode, answer.body).toBe(412);
    expect(answer.json()).toMatchObject({ currentVersion: 3 });
    expect((await planner.request('GET', `/api/v1/plan-items/${plan.itemId}`)).statusCode).toBe(200);
  });
});
