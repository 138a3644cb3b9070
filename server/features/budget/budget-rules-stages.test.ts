import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectStages, StageList, StageSummary } from '../../../domain/budget/stage-responses.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import { AppError } from '../../platform/http/errors.js';
import { actorOf, createReadyPlan, type ReadyPlan } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { getProject, updateProject } from '../projects/service.js';
import { createTestProject, intoActionPlan, moveProject } from './test-projects.js';

let context: TestContext;
let korat: TestClient;
let koratActor: Actor;
let chiangmai: TestClient;
let koratPlan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
  chiangmai = await context.signIn('planner.chiangmai');
  koratActor = await actorOf(context, 'planner.korat');
  koratPlan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['300101']);
});
afterAll(() => context.close());

const ruleResults = async (client: TestClient, id: string) => {
  const response = await client.request('GET', `/api/v1/projects/${id}/rule-results`);
  expect(response.statusCode).toBe(200);
  return response.json() as RuleResults;
};
const outcomeOf = (results: RuleResults, key: string) => results.results.find((r) => r.key === key)?.outcome;
const record = (
  client: TestClient,
  id: string,
  stage: string,
  body: object,
  headers?: Record<string, string>,
) => client.request('PUT', `/api/v1/projects/${id}/budget-stages/${stage}`, { body, headers });

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('eligibility rules on a project', () => {
  it('refuses the request while a blocking rule fails, and lets it through once fixed', async () => {
    const deps = { database: context.database };
    const project = await createTestProject(
      deps,
      koratActor,
      koratPlan,
      { provinceCode: '30', areaCode: '300101' },
      {
        title: 'จัดซื้อรถยนต์ส่วนกลางสำหรับศูนย์ปฏิบัติการจังหวัด',
      },
    );
    const before = await ruleResults(korat, project.id);
    expect(before.ruleSet).toMatchObject({ fiscalYear: 2568, revision: 1 });
    expect(outcomeOf(before, 'negative_list')).toBe('fail');
    expect(before.blockingCount).toBe(1);
    expect(before.results.find((r) => r.key === 'negative_list')?.explanation.th).toBe(
      'ตรงกับรายการต้องห้าม: "จัดซื้อรถยนต์"',
    );

    await intoActionPlan(deps, koratActor, project.id);
    const refused = await refusal(moveProject(deps, koratActor, project.id, 'request'));
    expect(refused.status).toBe(409);
    expect(refused.messages.en).toContain('1 blocking rule(s) fail');
    const failing = refused.extra.failingRules as { key: string; citation: { source: string } }[];
    expect(failing.map((rule) => rule.key)).toEqual(['negative_list']);
    expect(failing[0]?.citation.source).toContain('ประจำปีงบประมาณ พ.ศ. 2568');
    expect((await getProject(deps, koratActor, project.id)).status).toBe('in_action_plan');

    const current = await getProject(deps, koratActor, project.id);
    await updateProject(deps, koratActor, project.id, current.version, {
      title: 'ก่อสร้างลานตากผลผลิตการเกษตรชุมชนบ้านหนองบัว',
    });
    const after = await ruleResults(korat, project.id);
    expect(outcomeOf(after, 'negative_list')).toBe('pass');
    expect(after.blockingCount).toBe(0);
    await moveProject(deps, koratActor, project.id, 'request');
    expect((await getProject(deps, koratActor, project.id)).status).toBe('requested');
  });

  it('turns the multi-year rule green once the full amount is approved', async () => {
    const deps = { database: context.database };
    const schedule = [
      { fiscalYear: 2568, amountSatang: '500000000' },
      { fiscalYear: 2569, amountSatang: '750000000' },
    ];
    const project = await createTestProject(
      deps,
      koratActor,
      koratPlan,
      { provinceCode: '30', areaCode: '300101' },
      {
        schedule,
      },
    );
    const before = await ruleResults(korat, project.id);
    expect(outcomeOf(before, 'multi_year_full_amount')).toBe('fail');
    expect(outcomeOf(before, 'schedule_total')).toBe('pass');
    const url = `/api/v1/projects/${project.id}/multi-year-approval`;
    const body = {
      approvedSatang: '1200000000',
      reference: 'มติ ครม. 23 เม.ย. 2567',
      approvedOn: '2024-04-23',
    };
    expect((await korat.request('PUT', url, { body })).statusCode).toBe(200);
    expect(outcomeOf(await ruleResults(korat, project.id), 'multi_year_full_amount')).toBe('fail');
    expect(
      (await korat.request('PUT', url, { body: { ...body, approvedSatang: '1250000000' } })).statusCode,
    ).toBe(428);
    const full = await korat.request('PUT', url, {
      body: { ...body, approvedSatang: '1250000000', version: 1 },
    });
    expect(full.statusCode).toBe(200);
    expect(outcomeOf(await ruleResults(korat, project.id), 'multi_year_full_amount')).toBe('pass');
    const future = await korat.request('PUT', url, {
      body: { ...body, approvedOn: '2999-01-01', version: 2 },
    });
    expect(future.statusCode).toBe(400);
    expect((await chiangmai.request('PUT', url, { body: { ...body, version: 2 } })).statusCode).toBe(404);
  });

  it('hides another province’s project rule results', async () => {
    const deps = { database: context.database };
    const project = await createTestProject(deps, koratActor, koratPlan, {
      provinceCode: '30',
      areaCode: '300101',
    });
    expect((await chiangmai.request('GET', `/api/v1/projects/${project.id}/rule-results`)).statusCode).toBe(
      404,
    );
  });
});

describe('budget stages', () => {
  let projectId: string;
  beforeAll(async () => {
    const deps = { database: context.database };
    const project = await createTestProject(deps, koratActor, koratPlan, {
      provinceCode: '30',
      areaCode: '300101',
    });
    projectId = project.id;
    await intoActionPlan(deps, koratActor, projectId);
  });

  it('records nothing before the project is requested', async () => {
    const early = await record(korat, projectId, 'request', { amountSatang: '1250000000' });
    expect(early.statusCode).toBe(409);
    await moveProject({ database: context.database }, koratActor, projectId, 'request');
  });

  it('records each stage in order, with a reason for every cut, and allocates on enactment', async () => {
    expect((await record(korat, projectId, 'request', { amountSatang: '1250000000' })).statusCode).toBe(200);
    const outOfOrder = await record(korat, projectId, 'draft_bill', { amountSatang: '1180000000' });
    expect(outOfOrder.statusCode).toBe(409);
    const noReason = await record(korat, projectId, 'bureau_scrutiny', { amountSatang: '1180000000' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].message.th).toContain('ต้องระบุเหตุผลการปรับลด');
    const scrutiny = await record(korat, projectId, 'bureau_scrutiny', {
      amountSatang: '1180000000',
      cutReason: 'ปรับราคาตามบัญชีราคามาตรฐานสำนักงบประมาณ',
    });
    expect(scrutiny.statusCode).toBe(200);
    expect((scrutiny.json() as ProjectStages).stages[1]).toMatchObject({ cutSatang: '70000000', version: 1 });

    expect((await record(korat, projectId, 'draft_bill', { amountSatang: '1180000000' })).statusCode).toBe(
      200,
    );
    const deps = { database: context.database };
    expect((await getProject(deps, koratActor, projectId)).status).toBe('in_draft_bill');
    const enacted = await record(korat, projectId, 'enacted', {
      amountSatang: '1150000000',
      cutReason: 'กรรมาธิการวิสามัญปรับลด',
    });
    expect(enacted.statusCode).toBe(200);
    expect((await getProject(deps, koratActor, projectId)).status).toBe('allocated');
  });

  it('corrects a stage only with the version it read', async () => {
    const body = { amountSatang: '1240000000', cutReason: 'ปรับลดค่าครุภัณฑ์ประกอบ' };
    expect((await record(korat, projectId, 'bureau_scrutiny', body)).statusCode).toBe(428);
    expect((await record(korat, projectId, 'bureau_scrutiny', body, { 'if-match': '"9"' })).statusCode).toBe(
      412,
    );
    // 12.4 million would leave the draft bill (11.8) an unexplained cut.
    expect((await record(korat, projectId, 'bureau_scrutiny', body, { 'if-match': '"1"' })).statusCode).toBe(
      409,
    );
    const fixed = await record(
      korat,
      projectId,
      'bureau_scrutiny',
      { ...body, amountSatang: '1180000000' },
      {
        'if-match': '"1"',
      },
    );
    expect(fixed.statusCode).toBe(200);
  });

  it('sums stages by budget type, issue, agency and area from the roll-ups', async () => {
    const summary = async (by: string) => {
      const response = await korat.request('GET', `/api/v1/budget-summaries?fiscalYear=2568&by=${by}`);
      expect(response.statusCode).toBe(200);
      return response.json() as StageSummary;
    };
    const byType = await summary('budget_type');
    expect(byType.rows.map((row) => row.label.th)).toEqual(['งบลงทุน']);
    expect(byType.total.amountSatang).toEqual({
      request: '1250000000',
      bureau_scrutiny: '1180000000',
      draft_bill: '1180000000',
      enacted: '1150000000',
    });
    expect(byType.total.cutSatang).toMatchObject({ bureau_scrutiny: '70000000', enacted: '30000000' });
    expect((await summary('plan_issue')).rows[0]?.label.th).toBe('การเกษตรมูลค่าสูง');
    expect((await summary('province')).rows.map((row) => [row.key, row.label.th])).toEqual([
      ['30', 'นครราชสีมา'],
    ]);
    expect((await summary('district')).rows[0]?.key).toBe('3001');
    expect((await summary('agency')).rows[0]?.label).toEqual({ th: 'ไม่ระบุ', en: 'Not specified' });
  });

  it('lists projects with their stages by keyset pages and keeps another province out', async () => {
    const page = await korat.request('GET', '/api/v1/budget-stages?fiscalYear=2568&limit=1');
    expect(page.statusCode).toBe(200);
    const list = page.json() as StageList;
    expect(list.items[0]?.stages.map((stage) => stage.stage)).toEqual([
      'request',
      'bureau_scrutiny',
      'draft_bill',
      'enacted',
    ]);
    expect((await chiangmai.request('GET', '/api/v1/budget-stages?fiscalYear=2568')).json()).toEqual({
      items: [],
      nextCursor: null,
    });
    const summary = (
      await chiangmai.request('GET', '/api/v1/budget-summaries?fiscalYear=2568&by=province')
    ).json();
    expect(summary.rows).toEqual([]);
    expect(
      (await chiangmai.request('GET', '/api/v1/budget-stages?fiscalYear=2568&provinceCode=30')).statusCode,
    ).toBe(403);
    expect((await chiangmai.request('GET', `/api/v1/projects/${projectId}/budget-stages`)).statusCode).toBe(
      404,
    );
    expect(
      (await record(chiangmai, projectId, 'request', { amountSatang: '1' }, { 'if-match': '"1"' }))
        .statusCode,
    ).toBe(404);
  });
});
