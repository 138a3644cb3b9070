import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCreateSchema } from '../../../domain/projects/project-input.js';
import { actorOf, expectStatus } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { setProjectStatus } from '../projects/public.js';
import { createProject } from '../projects/service.js';

type Board = {
  plan: { id: string; status: string; version: number; versionNo: number };
  entries: {
    id: string;
    stableKey: string;
    entryClass: string;
    rank: number;
    amountSatang: string;
    projectCode: string;
  }[];
  totals: { overCeiling: boolean; remainingSatang: string | null; againstCeilingSatang: string };
  availableActions: { action: string }[];
  canEdit: boolean;
};

let context: TestContext;
let planner: TestClient;
let head: TestClient;
let analyst: TestClient;
let admin: TestClient;
let chiangmai: TestClient;
const projectIds: string[] = [];
let planId = '';
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  head = await context.signIn('head.korat');
  analyst = await context.signIn('analyst');
  admin = await context.signIn('admin');
  chiangmai = await context.signIn('planner.chiangmai');
  const actor = await actorOf(context, 'planner.korat');
  const amounts = ['60000000', '50000000', '30000000'];
  for (const [index, amountSatang] of amounts.entries()) {
    const project = await createProject(
      { database: context.database },
      actor,
      projectCreateSchema.parse({
        fiscalYear: 2569,
        scope: 'province',
        provinceCode: '30',
        title: `โครงการทดสอบแผนปฏิบัติราชการ ${index + 1}`,
        budgetType: 'investment',
        category: 'construction',
        budgetLines: [
          { description: 'ค่าก่อสร้าง', budgetType: 'investment', category: 'construction', amountSatang },
        ],
      }),
    );
    projectIds.push(project.id);
  }
  // The first project is ready: the committee's approval puts it in the action plan.
  await inActorTransaction(context.database, actor, async (tx) => {
    await setProjectStatus(tx, actor, projectIds[0] ?? '', { action: 'propose' });
    await setProjectStatus(tx, actor, projectIds[0] ?? '', { action: 'check_readiness' });
  });
}, 120_000);
afterAll(() => context.close());

const board = async (client: TestClient = planner) =>
  (await expectStatus(client, 200, 'GET', `/api/v1/action-plans/${planId}`)) as unknown as Board;
const step = (client: TestClient, action: string, version: number, extra: Record<string, string> = {}) =>
  client.request('POST', `/api/v1/action-plans/${planId}/transitions`, {
    body: { action, ...extra },
    headers: { 'if-match': `"${version}"` },
  });

describe('annual action plan', () => {
  it('flags a plan whose within-ceiling and administration money exceeds the ceiling', async () => {
    await expectStatus(admin, 200, 'PUT', '/api/v1/action-plan-ceilings', {
      fiscalYear: 2569,
      budgetUnit: 'P30',
      amountSatang: '100000000',
    });
    const created = await expectStatus(planner, 201, 'POST', '/api/v1/action-plans', {
      scope: 'province',
      provinceCode: '30',
      fiscalYear: 2569,
    });
    planId = String(created.id);
    expect(created.budgetUnit).toBe('P30');
    await expectStatus(planner, 409, 'POST', '/api/v1/action-plans', {
      scope: 'province',
      provinceCode: '30',
      fiscalYear: 2569,
    });
    for (const projectId of projectIds.slice(0, 2)) {
      await expectStatus(planner, 201, 'POST', `/api/v1/action-plans/${planId}/entries`, {
        projectId,
        entryClass: 'within',
      });
    }
    await expectStatus(planner, 201, 'POST', `/api/v1/action-plans/${planId}/entries`, {
      projectId: projectIds[2],
      entryClass: 'administration',
      amountSatang: '5000000',
    });
    const over = await board();
    expect(over.totals).toMatchObject({
      overCeiling: true,
      againstCeilingSatang: '115000000',
      remainingSatang: '-15000000',
    });
  });

  it('persists a reorder across columns and refuses a stale or incomplete board', async () => {
    const before = await board();
    const [first, second] = before.entries.filter((entry) => entry.entryClass === 'within');
    const admin = before.entries.find((entry) => entry.entryClass === 'administration');
    const order = { within: [second?.id], above: [first?.id], administration: [admin?.id], noted: [] };
    const saved = (await expectStatus(
      planner,
      200,
      'PUT',
      `/api/v1/action-plans/${planId}/order`,
      order,
      before.plan.version,
    )) as unknown as Board;
    expect(saved.totals.overCeiling).toBe(false);
    const after = await board();
    expect(after.entries.map((entry) => [entry.id, entry.entryClass, entry.rank])).toEqual(
      expect.arrayContaining([
        [second?.id, 'within', 1],
        [first?.id, 'above', 1],
      ]),
    );
    await expectStatus(
      planner,
      412,
      'PUT',
      `/api/v1/action-plans/${planId}/order`,
      order,
      before.plan.version,
    );
    const incomplete = await planner.request('PUT', `/api/v1/action-plans/${planId}/order`, {
      body: { ...order, above: [] },
      headers: { 'if-match': `"${after.plan.version}"` },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors[0].message.th).toContain('ขาด 1 รายการ');
  });

  it('proposes a new project through the projects service and lists only projects not yet on the board', async () => {
    const proposed = (await expectStatus(planner, 201, 'POST', `/api/v1/action-plans/${planId}/proposals`, {
      title: 'ก่อสร้างฝายชะลอน้ำบ้านหนองบัว',
      budgetType: 'investment',
      category: 'construction',
      amountSatang: '12000000',
      entryClass: 'above',
    })) as unknown as Board;
    const entry = proposed.entries.find((e) => e.entryClass === 'above' && e.amountSatang === '12000000');
    expect(entry?.projectCode).toMatch(/^P30-2569-/);
    const candidates = await expectStatus(planner, 200, 'GET', `/api/v1/action-plans/${planId}/candidates`);
    expect(candidates.items).toEqual([]);
  });

  it('keeps a province-50 planner out of province 30’s plans and ceilings', async () => {
    const list = await expectStatus(chiangmai, 200, 'GET', '/api/v1/action-plans?fiscalYear=2569');
    expect(list.items).toEqual([]);
    await expectStatus(chiangmai, 404, 'GET', `/api/v1/action-plans/${planId}`);
    const ceilings = await expectStatus(
      chiangmai,
      200,
      'GET',
      '/api/v1/action-plan-ceilings?fiscalYear=2569',
    );
    expect(ceilings.items).toEqual([]);
    await expectStatus(chiangmai, 404, 'POST', `/api/v1/action-plans/${planId}/entries`, {
      projectId: projectIds[0],
      entryClass: 'within',
    });
    await expectStatus(planner, 403, 'PUT', '/api/v1/action-plan-ceilings', {
      fiscalYear: 2569,
      budgetUnit: 'P30',
      amountSatang: '1',
    });
  });

  it('goes through the chain and is locked once submitted and approved', async () => {
    let current = await board();
    expect(current.availableActions.map((a) => a.action)).toEqual(['submit']);
    expect((await step(planner, 'submit', current.plan.version)).statusCode).toBe(200);
    current = await board(head);
    const future = await step(head, 'committee_approve', current.plan.version, {
      meetingNo: '1/2600',
      meetingDate: '2057-01-01',
    });
    expect(future.statusCode).toBe(400);
    const approved = await step(head, 'committee_approve', current.plan.version, {
      meetingNo: '๒/๒๕๖๘',
      meetingDate: '2025-03-04',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ plan: { status: 'approved' }, projectsMoved: 1 });
    const project = await expectStatus(planner, 200, 'GET', `/api/v1/action-plans/${planId}`);
    expect(
      (project.entries as { projectId: string; projectStatus: string }[]).find(
        (e) => e.projectId === projectIds[0],
      )?.projectStatus,
    ).toBe('in_action_plan');
    current = await board();
    expect(current.canEdit).toBe(false);
    const entry = current.entries[0];
    await expectStatus(planner, 409, 'POST', `/api/v1/action-plans/${planId}/entries`, {
      projectId: projectIds[0],
      entryClass: 'within',
    });
    await expectStatus(
      planner,
      409,
      'PATCH',
      `/api/v1/action-plan-entries/${entry?.id}`,
      { amountSatang: '1' },
      1,
    );
    await expectStatus(planner, 409, 'DELETE', `/api/v1/action-plan-entries/${entry?.id}`);
    await expectStatus(
      planner,
      409,
      'PUT',
      `/api/v1/action-plans/${planId}/order`,
      { within: [], above: [], administration: [], noted: [] },
      current.plan.version,
    );
    expect((await step(head, 'submit_to_region', current.plan.version)).statusCode).toBe(200);
    current = await board(analyst);
    const endorsed = await step(analyst, 'regional_endorse', current.plan.version, {
      meetingNo: '1/2568',
      meetingDate: '2025-04-10',
    });
    expect(endorsed.statusCode, endorsed.body).toBe(200);
    expect(endorsed.json().event).toMatchObject({
      meetingNo: '1/2568',
      stepLabelTh: 'บันทึกมติคณะอนุกรรมการประจำภาค เห็นชอบ',
    });
  });

  it('revises the approved plan as a new version whose diff needs a reason for every change', async () => {
    const approved = await board();
    const revision = await expectStatus(planner, 201, 'POST', `/api/v1/action-plans/${planId}/revisions`, {
      reason: 'ปรับตามกรอบวงเงินที่ได้รับแจ้ง',
    });
    const revisionId = String(revision.id);
    const copied = (await expectStatus(
      planner,
      200,
      'GET',
      `/api/v1/action-plans/${revisionId}`,
    )) as unknown as Board;
    expect(copied.entries.map((e) => e.stableKey).sort()).toEqual(
      approved.entries.map((e) => e.stableKey).sort(),
    );
    const [changed, removed] = copied.entries;
    await expectStatus(
      planner,
      200,
      'PATCH',
      `/api/v1/action-plan-entries/${changed?.id}`,
      { amountSatang: '45000000' },
      1,
    );
    await expectStatus(planner, 200, 'DELETE', `/api/v1/action-plan-entries/${removed?.id}`);
    const diff = await expectStatus(planner, 200, 'GET', `/api/v1/action-plans/${revisionId}/diff`);
    expect(diff.unexplained).toBe(2);
    const kinds = (diff.entries as { stableKey: string; kind: string }[]).map((e) => [e.stableKey, e.kind]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        [changed?.stableKey, 'changed'],
        [removed?.stableKey, 'removed'],
      ]),
    );
    const draft = (await expectStatus(
      planner,
      200,
      'GET',
      `/api/v1/action-plans/${revisionId}`,
    )) as unknown as Board;
    const refused = await planner.request('POST', `/api/v1/action-plans/${revisionId}/transitions`, {
      body: { action: 'submit' },
      headers: { 'if-match': `"${draft.plan.version}"` },
    });
    expect(refused.statusCode).toBe(409);
    for (const stableKey of [changed?.stableKey, removed?.stableKey]) {
      await expectStatus(planner, 200, 'PUT', `/api/v1/action-plans/${revisionId}/change-reasons`, {
        stableKey,
        reason: 'ปรับลดตามกรอบวงเงิน',
      });
    }
    const explained = await expectStatus(planner, 200, 'GET', `/api/v1/action-plans/${revisionId}/diff`);
    expect(explained.unexplained).toBe(0);
    const submitted = await planner.request('POST', `/api/v1/action-plans/${revisionId}/transitions`, {
      body: { action: 'submit' },
      headers: { 'if-match': `"${draft.plan.version}"` },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    // The approved version still reads as it was decided.
    expect((await board()).entries).toEqual(approved.entries);
  });
});
