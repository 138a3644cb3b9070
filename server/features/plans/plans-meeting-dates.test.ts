import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { createReadyPlan, expectStatus, takeStep, type ReadyPlan } from '../../test/factories.js';

let context: TestContext;
let planner: TestClient;
let head: TestClient;
let analyst: TestClient;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  head = await context.signIn('head.korat');
  analyst = await context.signIn('analyst');
  plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
});
afterAll(() => context.close());

const step = (client: TestClient, action: string, extra: Record<string, string> = {}) =>
  takeStep(client, plan.versionId, action, extra);

const pathsOf = (response: { json(): { errors?: { path: string }[] } }) =>
  (response.json().errors ?? []).map((problem) => problem.path);

describe('approval meeting dates', () => {
  it('refuses a future date, a year other than the meeting number’s, and a date before the previous step', async () => {
    expect((await step(planner, 'submit')).statusCode).toBe(200);

    const soon = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const soonNo = `1/${Number(soon.slice(0, 4)) + 543}`;
    const future = await step(head, 'committee_approve', { meetingNo: soonNo, meetingDate: soon });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([
      {
        path: 'meetingDate',
        message: { th: 'วันที่ประชุมต้องไม่เป็นวันในอนาคต', en: 'The meeting date cannot be in the future' },
      },
    ]);

    const wrongYear = await step(head, 'committee_approve', {
      meetingNo: '๓/๒๕๖๙',
      meetingDate: '2025-06-10',
    });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().errors[0].message.en).toBe(
      'Meeting 3/2569 is numbered in BE 2569 but the meeting date falls in BE 2568',
    );

    // Thai digits are accepted and kept as Arabic digits.
    const approved = await step(head, 'committee_approve', {
      meetingNo: '๓/๒๕๖๘',
      meetingDate: '2025-06-10',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().event).toMatchObject({ meetingNo: '3/2568', meetingDate: '2025-06-10' });
    expect((await step(head, 'submit_to_centre')).statusCode).toBe(200);

    const early = await step(analyst, 'regional_approve', { meetingNo: '2/2568', meetingDate: '2025-05-01' });
    expect(early.statusCode).toBe(400);
    expect(pathsOf(early)).toEqual(['meetingDate']);
    expect(early.json().errors[0].message.th).toBe('วันที่ประชุมต้องไม่ก่อนการประชุมของขั้นก่อนหน้า (10 มิถุนายน 2568)');
    const tree = await expectStatus(analyst, 200, 'GET', `/api/v1/plan-versions/${plan.versionId}/tree`);
    expect((tree as unknown as { version: { status: string } }).version.status).toBe('submitted_to_centre');

    const sameDay = await step(analyst, 'regional_approve', {
      meetingNo: '2/2568',
      meetingDate: '2025-06-10',
    });
    expect(sameDay.statusCode).toBe(200);
  });
});
