import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import {
  needBody,
  createReadyPlan,
  expectStatus,
  nodeId,
  type ReadyPlan,
  ifMatch,
} from '../../test/factories.js';

let context: TestContext;
let planner: TestClient;
let auditor: TestClient;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  auditor = await context.signIn('auditor');
  plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
});
afterAll(() => context.close());

type Tree = {
  version: { version: number };
  issues: {
    id: string;
    title: string;
    objectives: { id: string; kpis: { id: string; targets: unknown[]; version: number }[] }[];
    approaches: {
      id: string;
      items: { id: string; budgets: unknown[]; totalSatang: string; version: number; alignment: unknown[] }[];
    }[];
  }[];
  readiness: { ready: boolean; problems: { code: string }[] };
};
const treeOf = async (client = planner): Promise<Tree> =>
  (await expectStatus(client, 200, 'GET', `/api/v1/plan-versions/${plan.versionId}/tree`)) as unknown as Tree;

describe('plan tree and children', () => {
  it('returns the whole version in one response, money as satang strings', async () => {
    const tree = await treeOf();
    expect(tree.readiness).toEqual({ ready: true, problems: [] });
    const item = tree.issues[0]?.approaches[0]?.items[0];
    expect(item).toMatchObject({
      budgets: [{ fiscalYear: 2567, amountSatang: '125000050' }],
      totalSatang: '125000050',
      areaCodes: ['3015'],
      kpiIds: [plan.kpiId],
      clusterRule: { applies: false, ok: true },
    });
    expect(item?.alignment).toEqual([
      expect.objectContaining({ code: '030101', level: 'sub_plan_target_y1', isPrimary: true }),
    ]);
    expect(tree.issues[0]?.objectives[0]?.kpis[0]?.targets).toHaveLength(5);
    expect(
      (await expectStatus(planner, 200, 'GET', `/api/v1/plan-items/${plan.itemId}`)).clusterRule,
    ).toMatchObject({ applies: false });
  });

  it('asks for sign-in (401) and reports bad fields in both languages (400)', async () => {
    expect(
      (await context.app.inject({ method: 'GET', url: `/api/v1/plan-versions/${plan.versionId}/tree` }))
        .statusCode,
    ).toBe(401);
    const bad = await planner.request('POST', `/api/v1/plan-objectives/${plan.objectiveId}/kpis`, {
      body: {
        name: '',
        unit: 'ไร่',
        direction: 'up',
        rollup: 'sum',
        baselineValue: 'มาก',
        targets: [{ fiscalYear: 66, areaCode: null, value: 1 }],
      },
    });
    expect(bad.statusCode).toBe(400);
    const byPath = Object.fromEntries(
      bad.json().errors.map((e: { path: string; message: { th: string } }) => [e.path, e.message.th]),
    );
    expect(bad.json().errors.find((e: { path: string }) => e.path === 'name').message).toEqual({
      th: 'กรุณาระบุชื่อ',
      en: 'A title is required',
    });
    expect(byPath.baselineValue).toBe('ต้องเป็นตัวเลข เช่น 12.5');
    expect(byPath['targets.0.fiscalYear']).toBe('ปีงบประมาณต้องเป็น พ.ศ. 4 หลัก เช่น 2569');
    expect(byPath.direction).toBeDefined();
    const badItem = await planner.request('POST', `/api/v1/plan-approaches/${plan.approachId}/items`, {
      body: { title: 'x', fundingSource: 'province', budgets: [{ fiscalYear: 2567, amountSatang: 12.5 }] },
    });
    expect(badItem.json().errors[0].path).toBe('budgets.0.amountSatang');
  });

  it('keeps the first of two edits from the same version (412) and needs If-Match to delete (428)', async () => {
    const first = await planner.request('PATCH', `/api/v1/plan-approaches/${plan.approachId}`, {
      body: { title: 'ส่งเสริมเกษตรปลอดภัยและอินทรีย์' },
      headers: { 'if-match': '"1"' },
    });
    const second = await planner.request('PATCH', `/api/v1/plan-approaches/${plan.approachId}`, {
      body: { title: 'ทับ' },
      headers: { 'if-match': '"1"' },
    });
    expect([first.statusCode, second.statusCode]).toEqual([200, 412]);
    expect(first.headers.etag).toBe('"2"');
    expect((await planner.request('DELETE', `/api/v1/plan-approaches/${plan.approachId}`)).statusCode).toBe(
      428,
    );
  });

  it('replaces the target grid, accepting district targets and refusing areas outside the plan', async () => {
    const url = `/api/v1/plan-kpis/${plan.kpiId}/targets`;
    const outside = await planner.request('PUT', url, {
      body: {
        targets: [
          { fiscalYear: 2567, areaCode: '5001', value: '1' },
          { fiscalYear: 2567, areaCode: '30', value: '1' },
          { fiscalYear: 2567, areaCode: '3099', value: '1' },
        ],
      },
      headers: { 'if-match': '"1"' },
    });
    expect(outside.statusCode).toBe(400);
    expect(
      outside
        .json()
        .errors.map((e: { path: string; message: { en: string } }) => `${e.path}: ${e.message.en}`),
    ).toEqual([
      "targets.0.areaCode: Area 5001 is outside the plan's area",
      'targets.2.areaCode: Unknown area code 3099',
      'targets.1.areaCode: Give the whole-province target with a null area code',
    ]);
    const saved = await expectStatus(
      planner,
      200,
      'PUT',
      url,
      {
        targets: [
          { fiscalYear: 2566, areaCode: null, value: '86000' },
          { fiscalYear: 2566, areaCode: '3015', value: 91000.5 },
        ],
      },
      1,
    );
    expect(saved.targets).toEqual([
      { fiscalYear: 2566, areaCode: null, value: '86000' },
      { fiscalYear: 2566, areaCode: '3015', value: '91000.5' },
    ]);
    expect(saved.version).toBe(2);
    const tree = await treeOf();
    expect(tree.readiness.problems.map((p) => p.code)).toEqual([
      'kpi_missing_target',
      'kpi_missing_target',
      'kpi_missing_target',
      'kpi_missing_target',
    ]);
    const audit = await expectStatus(
      auditor,
      200,
      'GET',
      `/api/v1/audit?entityType=plan_kpi&entityId=${plan.kpiId}`,
    );
    expect((audit.items as { action: string }[]).map((e) => e.action)).toContain('replace_targets');
  });

  it('validates item lists: areas, KPIs of the same version, and a single Y1 primary link', async () => {
    const sdg = await nodeId(planner, 'scheme=sdg', '2');
    const y1 = await nodeId(planner, 'level=sub_plan_target_y1', '190101');
    const url = `/api/v1/plan-items/${plan.itemId}`;
    const wrongLevel = await planner.request('PUT', `${url}/alignment`, {
      body: { links: [{ nodeId: sdg, isPrimary: true }] },
      headers: { 'if-match': '"1"' },
    });
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().errors[0]).toMatchObject({
      path: 'links.0.isPrimary',
      message: { en: 'The primary link must be a sub-plan target (Y1), not a goal node' },
    });
    const twoPrimary = await planner.request('PUT', `${url}/alignment`, {
      body: {
        links: [
          { nodeId: y1, isPrimary: true },
          { nodeId: await nodeId(planner, 'level=sub_plan_target_y1', '030101'), isPrimary: true },
        ],
      },
      headers: { 'if-match': '"1"' },
    });
    expect(twoPrimary.json().errors[0].message.en).toBe('Only one link can be primary');
    const saved = await expectStatus(
      planner,
      200,
      'PUT',
      `${url}/alignment`,
      { links: [{ nodeId: y1, isPrimary: true }, { nodeId: sdg }] },
      1,
    );
    expect(
      (saved.alignment as { code: string; isPrimary: boolean }[]).map(
        (l) => `${l.code}${l.isPrimary ? '*' : ''}`,
      ),
    ).toEqual(['190101*', '2']);
    const other = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3001']);
    const foreign = await planner.request('PATCH', url, {
      body: { kpiIds: [other.kpiId], areaCodes: ['3015', '50'] },
      headers: { 'if-match': '"2"' },
    });
    expect(foreign.json().errors.map((e: { path: string }) => e.path)).toEqual(['areaCodes.1', 'kpiIds']);
    const budgets = await expectStatus(
      planner,
      200,
      'PUT',
      `${url}/budgets`,
      {
        budgets: [
          { fiscalYear: 2567, amountSatang: '100000000000' },
          { fiscalYear: 2568, amountSatang: '5' },
        ],
      },
      2,
    );
    expect(budgets.totalSatang).toBe('100000000005');
  });

  it('links the needs an item answers through the needs feature', async () => {
    const need = await expectStatus(
      planner,
      201,
      'POST',
      '/api/v1/needs',
      needBody({ areaCode: '301501', title: 'ขาดแหล่งน้ำเพื่อการเกษตร' }),
    );
    const item = await expectStatus(
      planner,
      201,
      'POST',
      `/api/v1/plan-approaches/${plan.approachId}/items`,
      { title: 'ขุดสระน้ำประจำไร่นา', fundingSource: 'province', needIds: [need.id], areaCodes: ['3015'] },
    );
    expect(item.needIds).toEqual([need.id]);
    const linked = await expectStatus(planner, 200, 'GET', `/api/v1/needs/${need.id}`);
    expect(linked).toMatchObject({
      status: 'linked',
      linkedEntityType: 'project_set_item',
      linkedEntityId: item.id,
    });
    const unknown = await planner.request('PATCH', `/api/v1/plan-items/${item.id}`, {
      body: { needIds: ['00000000-0000-4000-8000-000000000000'] },
      headers: { 'if-match': '"1"' },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('reorders issues (If-Match on the version) and refuses an incomplete list', async () => {
    const second = await expectStatus(
      planner,
      201,
      'POST',
      `/api/v1/plan-versions/${plan.versionId}/issues`,
      { title: 'การท่องเที่ยว' },
    );
    const version = (await treeOf()).version.version;
    const url = `/api/v1/plan-versions/${plan.versionId}/issues/reorder`;
    expect(
      (
        await planner.request('POST', url, {
          body: { ids: [second.id] },
          headers: ifMatch(version),
        })
      ).statusCode,
    ).toBe(400);
    await expectStatus(planner, 200, 'POST', url, { ids: [second.id, plan.issueId] }, version);
    expect((await treeOf()).issues.map((issue) => issue.title)).toEqual(['การท่องเที่ยว', 'การเกษตรมูลค่าสูง']);
    expect(
      (
        await planner.request('POST', url, {
          body: { ids: [plan.issueId, second.id] },
          headers: ifMatch(version),
        })
      ).statusCode,
    ).toBe(412);
  });

  it('deletes an issue with its whole branch and the branch’s alignment links', async () => {
    const doomed = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3001']);
    await expectStatus(planner, 204, 'DELETE', `/api/v1/plan-issues/${doomed.issueId}`, undefined, 1);
    const tree = await expectStatus(planner, 200, 'GET', `/api/v1/plan-versions/${doomed.versionId}/tree`);
    expect(tree.issues).toEqual([]);
    expect((await planner.request('GET', `/api/v1/plan-items/${doomed.itemId}`)).statusCode).toBe(404);
  });

  it('moves a KPI to another objective of the same version only', async () => {
    const objective = await expectStatus(
      planner,
      201,
      'POST',
      `/api/v1/plan-issues/${plan.issueId}/objectives`,
      { title: 'ผลผลิตต่อไร่เพิ่มขึ้น' },
    );
    const kpi = await expectStatus(planner, 200, 'GET', `/api/v1/plan-versions/${plan.versionId}/tree`);
    const current = (kpi as unknown as Tree).issues.find((i) => i.id === plan.issueId)?.objectives[0]
      ?.kpis[0];
    const moved = await expectStatus(
      planner,
      200,
      'PATCH',
      `/api/v1/plan-kpis/${plan.kpiId}`,
      { objectiveId: objective.id },
      current?.version,
    );
    expect(moved.objectiveId).toBe(objective.id);
    const wrong = await planner.request('PATCH', `/api/v1/plan-kpis/${plan.kpiId}`, {
      body: { objectiveId: plan.issueId },
      headers: ifMatch(moved.version),
    });
    expect(wrong.json().errors[0].path).toBe('objectiveId');
  });

  it('also adds children through the version, naming a parent that must be in that version', async () => {
    const other = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3001']);
    const base = `/api/v1/plan-versions/${plan.versionId}`;
    const objective = await expectStatus(planner, 201, 'POST', `${base}/objectives`, {
      issueId: plan.issueId,
      title: 'ต้นทุนการผลิตลดลง',
    });
    expect(objective.issueId).toBe(plan.issueId);
    const kpi = await expectStatus(planner, 201, 'POST', `${base}/kpis`, {
      objectiveId: objective.id,
      name: 'ต้นทุนต่อไร่',
      unit: 'บาท',
      direction: 'lower_is_better',
      rollup: 'mean',
    });
    expect(kpi.objectiveId).toBe(objective.id);
    const approach = await expectStatus(planner, 201, 'POST', `${base}/approaches`, {
      issueId: plan.issueId,
      title: 'ลดต้นทุนการผลิต',
    });
    const item = await expectStatus(planner, 201, 'POST', `${base}/items`, {
      approachId: approach.id,
      title: 'ปุ๋ยสั่งตัด',
      fundingSource: 'agency',
    });
    expect(item.approachId).toBe(approach.id);
    const foreign = await planner.request('POST', `${base}/objectives`, {
      body: { issueId: other.issueId, title: 'x' },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0]).toMatchObject({
      path: 'issueId',
      message: { en: 'The parent must belong to this version' },
    });
  });
});
