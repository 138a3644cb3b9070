import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { createReadyPlan, expectStatus, ifMatch, takeStep, type ReadyPlan } from '../../test/factories.js';

let context: TestContext;
let planner: TestClient;
let head: TestClient;
let analyst: TestClient;
let admin: TestClient;
let auditor: TestClient;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  head = await context.signIn('head.korat');
  analyst = await context.signIn('analyst');
  admin = await context.signIn('admin');
  auditor = await context.signIn('auditor');
  plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
});
afterAll(() => context.close());

const step = (client: TestClient, action: string, extra: Record<string, string> = {}) =>
  takeStep(client, plan.versionId, action, extra);

const actionsOf = async (client: TestClient) =>
  (
    (await expectStatus(client, 200, 'GET', `/api/v1/plan-versions/${plan.versionId}/tree`))
      .availableActions as { action: string }[]
  ).map((a) => a.action);

describe('approval of a provincial plan', () => {
  it('takes the plan from draft to published through every step, with one return for revision', async () => {
    expect(await actionsOf(planner)).toEqual(['submit']);
    expect((await step(planner, 'submit')).statusCode).toBe(200);
    expect(await actionsOf(head)).toEqual(['committee_approve', 'return']);
    expect(
      (await step(head, 'committee_approve', { meetingNo: '3/2565', meetingDate: '2022-09-02' })).statusCode,
    ).toBe(200);
    expect((await step(head, 'submit_to_centre')).statusCode).toBe(200);
    expect(await actionsOf(analyst)).toEqual(['regional_approve', 'return']);
    const returned = await step(analyst, 'return', { reason: 'ค่าเป้าหมายปี 2568 ไม่สอดคล้องกับแผนภาค' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().version.status).toBe('draft');
    // Back in draft the planner may edit again before resubmitting.
    await expectStatus(
      planner,
      200,
      'PATCH',
      `/api/v1/plan-issues/${plan.issueId}`,
      { description: 'ปรับตามข้อสังเกต อ.ก.บ.ภ.' },
      1,
    );
    expect((await step(planner, 'submit')).statusCode).toBe(200);
    expect(
      (await step(head, 'committee_approve', { meetingNo: '4/2565', meetingDate: '2022-10-05' })).statusCode,
    ).toBe(200);
    expect((await step(head, 'submit_to_centre')).statusCode).toBe(200);
    expect(
      (await step(analyst, 'regional_approve', { meetingNo: '2/2565', meetingDate: '2022-11-17' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await step(analyst, 'knb_approve', { meetingNo: '1/2566', meetingDate: '2023-01-20' })).statusCode,
    ).toBe(200);
    expect(
      (await step(admin, 'cabinet_note', { meetingNo: '5/2566', meetingDate: '2023-02-07' })).statusCode,
    ).toBe(200);
    const published = await step(analyst, 'publish');
    expect(published.json().version).toMatchObject({ status: 'published' });
    expect(published.json().version.publishedAt).not.toBeNull();
    const tree = await expectStatus(auditor, 200, 'GET', `/api/v1/plan-versions/${plan.versionId}/tree`);
    const history = tree.approvals as {
      action: string;
      toStatus: string;
      meetingNo: string | null;
      meetingDate: string | null;
      reason: string | null;
      actorName: string;
    }[];
    expect(history.map((e) => `${e.action}→${e.toStatus}${e.meetingNo ? ` ${e.meetingNo}` : ''}`)).toEqual([
      'submit→submitted_to_committee',
      'committee_approve→committee_approved 3/2565',
      'submit_to_centre→submitted_to_centre',
      'return→draft',
      'submit→submitted_to_committee',
      'committee_approve→committee_approved 4/2565',
      'submit_to_centre→submitted_to_centre',
      'regional_approve→regional_approved 2/2565',
      'knb_approve→knb_approved 1/2566',
      'cabinet_note→cabinet_noted 5/2566',
      'publish→published',
    ]);
    expect(history[3]?.reason).toBe('ค่าเป้าหมายปี 2568 ไม่สอดคล้องกับแผนภาค');
    expect(history[1]?.meetingDate).toBe('2022-09-02');
    expect(history[1]?.actorName).toContain('หัวหน้าสำนักงานจังหวัด');
    expect(tree.availableActions).toEqual([]);
    const audit = await expectStatus(
      auditor,
      200,
      'GET',
      `/api/v1/audit?entityType=plan_version&entityId=${plan.versionId}&limit=50`,
    );
    expect(
      (audit.items as { action: string }[]).filter((e) => e.action.startsWith('transition:')),
    ).toHaveLength(11);
  });

  it('rejects every edit of the published version with 409, and further transitions', async () => {
    const edits = [
      planner.request('PATCH', `/api/v1/plan-issues/${plan.issueId}`, {
        body: { title: 'x' },
        headers: { 'if-match': '"2"' },
      }),
      planner.request('POST', `/api/v1/plan-versions/${plan.versionId}/issues`, { body: { title: 'ใหม่' } }),
      planner.request('POST', `/api/v1/plan-issues/${plan.issueId}/objectives`, { body: { title: 'ใหม่' } }),
      planner.request('DELETE', `/api/v1/plan-items/${plan.itemId}`, { headers: { 'if-match': '"1"' } }),
      planner.request('PUT', `/api/v1/plan-items/${plan.itemId}/budgets`, {
        body: { budgets: [] },
        headers: { 'if-match': '"1"' },
      }),
      planner.request('PATCH', `/api/v1/plan-approaches/${plan.approachId}`, {
        body: { title: 'x' },
        headers: { 'if-match': '"1"' },
      }),
      planner.request('DELETE', `/api/v1/plan-objectives/${plan.objectiveId}`, {
        headers: { 'if-match': '"1"' },
      }),
    ];
    for (const response of await Promise.all(edits)) {
      expect(response.statusCode).toBe(409);
      expect(response.json().messages.en).toContain('must go through a new review');
    }
    expect((await step(admin, 'return', { reason: 'x' })).statusCode).toBe(409);
  });
});

describe('approval rules', () => {
  let other: ReadyPlan;
  beforeAll(async () => {
    other = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3001']);
  });
  const actionsOfOther = async (client: TestClient) =>
    (
      (await expectStatus(client, 200, 'GET', `/api/v1/plan-versions/${other.versionId}/tree`))
        .availableActions as { action: string }[]
    ).map((a) => a.action);
  const move = (client: TestClient, body: Record<string, string>, version: number) =>
    client.request('POST', `/api/v1/plan-versions/${other.versionId}/transitions`, {
      body,
      headers: ifMatch(version),
    });

  it('refuses steps the actor has no role for (403) and steps not available from the status (409)', async () => {
    expect((await move(auditor, { action: 'submit' }, 2)).statusCode).toBe(403);
    expect((await move(analyst, { action: 'submit' }, 2)).statusCode).toBe(403);
    const skip = await move(head, { action: 'publish' }, 2);
    expect(skip.statusCode).toBe(409);
    expect(skip.json().availableActions.map((a: { action: string }) => a.action)).toEqual(['submit']);
  });

  it('needs If-Match (428), refuses a stale version (412) and names missing meeting fields (400)', async () => {
    const noVersion = await planner.request('POST', `/api/v1/plan-versions/${other.versionId}/transitions`, {
      body: { action: 'submit' },
    });
    expect(noVersion.statusCode).toBe(428);
    expect((await move(planner, { action: 'submit' }, 1)).statusCode).toBe(412);
    expect((await move(planner, { action: 'submit' }, 2)).statusCode).toBe(200);
    expect((await move(planner, { action: 'committee_approve', meetingNo: '1/2566' }, 3)).statusCode).toBe(
      403,
    );
    const missing = await move(head, { action: 'committee_approve', meetingNo: 'ครั้งที่ 1' }, 3);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      {
        path: 'meetingNo',
        message: {
          th: 'ครั้งที่ประชุมต้องอยู่ในรูป ครั้งที่/ปี พ.ศ. เช่น 2/2568',
          en: 'Meeting number must look like 2/2568 (number/BE year)',
        },
      },
      { path: 'meetingDate', message: { th: 'ขั้นนี้ต้องระบุวันที่ประชุม', en: 'This step needs the meeting date' } },
    ]);
    const noReason = await move(head, { action: 'return' }, 3);
    expect(noReason.json().errors[0].path).toBe('reason');
  });

  it('lets an administrator relabel a step and give it to other roles, audited', async () => {
    const steps = (await expectStatus(auditor, 200, 'GET', '/api/v1/approval-steps?scope=province'))
      .items as { id: string; action: string; fromStatus: string; version: number }[];
    expect(steps).toHaveLength(13);
    const committee = steps.find((s) => s.action === 'committee_approve');
    const url = `/api/v1/approval-steps/${committee?.id}`;
    expect(
      (await head.request('PATCH', url, { body: { labelTh: 'x' }, headers: { 'if-match': '"1"' } }))
        .statusCode,
    ).toBe(403);
    const beyondPolicy = await admin.request('PATCH', url, {
      body: { roles: ['provincial_planner'] },
      headers: { 'if-match': '"1"' },
    });
    expect(beyondPolicy.statusCode).toBe(400);
    expect(beyondPolicy.json().errors[0].path).toBe('roles');
    const edited = await expectStatus(
      admin,
      200,
      'PATCH',
      url,
      {
        labelTh: 'บันทึกมติที่ประชุม ก.บ.จ.',
        roles: ['provincial_head', 'system_admin'],
        reason: 'ให้ผู้ดูแลระบบบันทึกมติแทนได้',
      },
      1,
    );
    expect(edited).toMatchObject({ labelTh: 'บันทึกมติที่ประชุม ก.บ.จ.', version: 2 });
    const actions = (await expectStatus(admin, 200, 'GET', `/api/v1/plan-versions/${other.versionId}/tree`))
      .availableActions as { action: string; labelTh: string }[];
    expect(actions).toEqual([
      expect.objectContaining({ action: 'committee_approve', labelTh: 'บันทึกมติที่ประชุม ก.บ.จ.' }),
    ]);
    expect(await actionsOfOther(planner)).toEqual([]);
    expect(
      (await admin.request('PATCH', url, { body: { roles: [] }, headers: { 'if-match': '"2"' } })).statusCode,
    ).toBe(400);
    const audit = await expectStatus(
      auditor,
      200,
      'GET',
      `/api/v1/audit?entityType=approval_step&entityId=${committee?.id}`,
    );
    expect((audit.items as { reason: string }[])[0]?.reason).toBe('ให้ผู้ดูแลระบบบันทึกมติแทนได้');
  });

  it('refuses to submit a version that is not ready, listing every problem', async () => {
    const draft = await expectStatus(planner, 201, 'POST', '/api/v1/plans', {
      scope: 'province',
      provinceCode: '30',
      title: 'แผนว่าง',
      periodStart: 2566,
    });
    const versionId = (draft.latestVersion as { id: string }).id;
    const response = await planner.request('POST', `/api/v1/plan-versions/${versionId}/transitions`, {
      body: { action: 'submit' },
      headers: { 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().problems.map((p: { code: string }) => p.code)).toEqual([
      'missing_vision',
      'no_issues',
    ]);
    expect(response.json().messages.th).toBe('ยังส่งแผนไม่ได้: พบปัญหา 2 รายการ');
  });
});
