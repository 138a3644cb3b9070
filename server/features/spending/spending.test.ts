import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ProjectSpending,
  SpendingSummary,
  Warning,
} from '../../../domain/spending/spending-response.js';
import type { TargetYear } from '../../../domain/spending/targets.js';
import { ifMatch, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { clusterOf, insertProject } from './test-projects.js';

let context: TestContext;
let admin: TestClient;
let korat: TestClient;
let chiangmai: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [admin, korat, chiangmai] = await signInAll(context, [
    'admin',
    'planner.korat',
    'planner.chiangmai',
  ] as const);
});
afterAll(() => context.close());

async function defaultPlan(client: TestClient, projectId: string, fiscalYear = 2569) {
  const response = await client.request('POST', `/api/v1/spending/projects/${projectId}/plan/default`, {
    body: { fiscalYear },
  });
  expect(response.statusCode).toBe(200);
  return response.json() as ProjectSpending;
}

async function actual(client: TestClient, projectId: string, body: Record<string, unknown>) {
  return client.request('PUT', `/api/v1/spending/projects/${projectId}/actuals`, {
    body: { fiscalYear: 2569, committedSatang: '0', ...body },
  });
}

const contract = {
  torDate: '2025-10-05',
  announcedDate: '2025-10-20',
  biddingDate: '2025-11-05',
  contractSignedDate: '2025-11-25',
  contractNo: 'สัญญาเลขที่ 12/2569',
  contractValueSatang: '110000000',
  contractor: 'หจก. ทดสอบการก่อสร้าง',
  egpNumber: '68119000123',
  inspectedDate: null,
  paidDate: null,
};

describe('disbursement targets', () => {
  it('ships FY2569 and lets only an administrator replace it, with If-Match', async () => {
    const response = await korat.request('GET', '/api/v1/spending/targets/2569');
    expect(response.statusCode).toBe(200);
    const year = response.json() as TargetYear;
    expect(year.targets.find((t) => t.budgetClass === 'overall' && t.quarter === 4)).toMatchObject({
      cumulativePct: 93,
      verified: true,
    });
    expect(year.deadlines.map((d) => d.dueDate)).toContain('2025-12-31');
    const body = { targets: year.targets, deadlines: year.deadlines };
    expect((await korat.request('PUT', '/api/v1/spending/targets/2569', { body })).statusCode).toBe(403);
    expect((await admin.request('PUT', '/api/v1/spending/targets/2569', { body })).statusCode).toBe(428);
    const stale = await admin.request('PUT', '/api/v1/spending/targets/2569', { body, headers: ifMatch(99) });
    expect(stale.statusCode).toBe(412);
    const saved = await admin.request('PUT', '/api/v1/spending/targets/2569', {
      body,
      headers: ifMatch(year.version),
    });
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as TargetYear).version).toBe(year.version + 1);
    const falling = body.targets.map((t) => (t.quarter === 4 ? { ...t, cumulativePct: 1 } : t));
    const refused = await admin.request('PUT', '/api/v1/spending/targets/2570', {
      body: { targets: falling, deadlines: [] },
    });
    expect(refused.statusCode).toBe(400);
  });
});

describe('plans, actuals and closed months', () => {
  it('lays the default plan to the satang and refuses writes into a closed month with 409', async () => {
    const project = await insertProject(context, { provinceCode: '30', totalSatang: 1_234_567n });
    const spending = await defaultPlan(korat, project.id);
    expect(spending.planMonthly.reduce((sum, month) => sum + BigInt(month), 0n)).toBe(1_234_567n);
    expect(spending.sCurve[11]?.planPct).toBe(100);
    const recorded = await actual(korat, project.id, { fiscalMonth: 1, disbursedSatang: '100000' });
    expect(recorded.statusCode).toBe(200);
    expect((recorded.json() as ProjectSpending).reportedThrough).toBe(1);
    const close = { provinceCode: '30', fiscalYear: 2569, fiscalMonth: 1 };
    expect(
      (await chiangmai.request('POST', '/api/v1/spending/month-closures', { body: close })).statusCode,
    ).toBe(403);
    expect((await korat.request('POST', '/api/v1/spending/month-closures', { body: close })).statusCode).toBe(
      204,
    );
    const late = await actual(korat, project.id, { fiscalMonth: 1, disbursedSatang: '1' });
    expect(late.statusCode).toBe(409);
    expect(late.json().messages.en).toContain('closed');
    expect((await actual(chiangmai, project.id, { fiscalMonth: 2, disbursedSatang: '1' })).statusCode).toBe(
      404,
    );
  });

  it('refuses procurement dates that run backwards and a signed contract without its number', async () => {
    const project = await insertProject(context, { provinceCode: '30' });
    await defaultPlan(korat, project.id);
    const url = `/api/v1/spending/projects/${project.id}/procurement?fiscalYear=2569`;
    const backwards = await korat.request('PUT', url, { body: { ...contract, biddingDate: '2025-10-01' } });
    expect(backwards.statusCode).toBe(400);
    expect((await korat.request('PUT', url, { body: { ...contract, contractNo: null } })).statusCode).toBe(
      400,
    );
    const saved = await korat.request('PUT', url, { body: contract });
    expect(saved.statusCode).toBe(200);
    expect((saved.json() as ProjectSpending).procurement).toMatchObject({
      stage: 'contract_signed',
      savingsSatang: '10000000',
      version: 1,
    });
    expect((await korat.request('PUT', url, { body: contract })).statusCode).toBe(428);
  });
});

describe('warnings and summaries', () => {
  it('shows a project with no contract after the cut-off at risk in its province’s list only', async () => {
    const project = await insertProject(context, { provinceCode: '30' });
    await defaultPlan(korat, project.id);
    const list = async (client: TestClient) =>
      (
        (await client.request('GET', '/api/v1/spending/warnings?fiscalYear=2569')).json() as {
          items: Warning[];
        }
      ).items;
    const warning = (await list(korat)).find((item) => item.projectId === project.id);
    expect(warning).toMatchObject({ status: 'at_risk', provinceCode: '30' });
    expect(warning?.reasons).toContain('no_contract_after_cutoff');
    expect((await list(chiangmai)).some((item) => item.provinceCode !== '50')).toBe(false);
  });

  it('filters the warning list and its export by province, within the reader’s scope', async () => {
    const [in30, in50] = [
      await insertProject(context, { provinceCode: '30' }),
      await insertProject(context, { provinceCode: '50' }),
    ];
    await defaultPlan(korat, in30.id);
    await defaultPlan(chiangmai, in50.id);
    const ids = async (query: string) =>
      (
        (
          await admin.request('GET', `/api/v1/spending/warnings?fiscalYear=2569&limit=200${query}`)
        ).json() as {
          items: Warning[];
        }
      ).items.map((item) => `${item.provinceCode}:${item.projectId}`);
    const all = await ids('');
    expect(all).toEqual(expect.arrayContaining([`30:${in30.id}`, `50:${in50.id}`]));
    const only50 = await ids('&provinceCode=50');
    expect(only50).toContain(`50:${in50.id}`);
    expect(only50.every((entry) => entry.startsWith('50:'))).toBe(true);
    expect(only50).toEqual(all.filter((entry) => entry.startsWith('50:')));
    const exported = await admin.request(
      'GET',
      '/api/v1/spending/warnings/export?fiscalYear=2569&provinceCode=50',
    );
    expect(exported.statusCode).toBe(200);
    expect(
      (await korat.request('GET', '/api/v1/spending/warnings?fiscalYear=2569&provinceCode=50')).statusCode,
    ).toBe(403);
    expect(
      (await admin.request('GET', '/api/v1/spending/warnings?fiscalYear=2569&provinceCode=5')).statusCode,
    ).toBe(400);
  });

  it('totals equal the sum of project rows, count a cluster project once and keep carry-over apart', async () => {
    const clusterId = await clusterOf(context, '30');
    const own30 = await insertProject(context, { provinceCode: '30', budgetType: 'operating' });
    const own50 = await insertProject(context, { provinceCode: '50' });
    const clustered = await insertProject(context, { provinceCode: '30', clusterId });
    const before = (
      await admin.request('GET', '/api/v1/spending/summary?fiscalYear=2569')
    ).json() as SpendingSummary;
    const overall = (summary: SpendingSummary) => summary.classes.find((c) => c.budgetClass === 'overall');
    const disbursedOf = (summary: SpendingSummary) =>
      BigInt(overall(summary)?.months[11]?.disbursedCumSatang ?? '0');
    for (const [client, project, amount] of [
      [korat, own30, 1_001n],
      [chiangmai, own50, 20_002n],
      [korat, clustered, 300_003n],
    ] as const) {
      await defaultPlan(client, project.id);
      expect(
        (await actual(client, project.id, { fiscalMonth: 3, disbursedSatang: String(amount) })).statusCode,
      ).toBe(200);
    }
    const after = (
      await admin.request('GET', '/api/v1/spending/summary?fiscalYear=2569')
    ).json() as SpendingSummary;
    expect(disbursedOf(after) - disbursedOf(before)).toBe(321_006n);
    const byClass = after.classes.filter((c) => c.budgetClass !== 'overall');
    expect(byClass.reduce((sum, c) => sum + BigInt(c.allocationSatang), 0n)).toBe(
      BigInt(overall(after)?.allocationSatang ?? '-1'),
    );
    const cluster = (
      await korat.request('GET', `/api/v1/spending/summary?fiscalYear=2569&level=cluster&code=${clusterId}`)
    ).json() as SpendingSummary;
    const province30 = (
      await korat.request('GET', '/api/v1/spending/summary?fiscalYear=2569&level=province&code=30')
    ).json() as SpendingSummary;
    // The cluster project is the cluster's, not Korat's own: it adds to the cluster once.
    expect(disbursedOf(cluster) - disbursedOf(province30)).toBeGreaterThanOrEqual(300_003n);
    const seenBy50 = (
      await chiangmai.request('GET', '/api/v1/spending/summary?fiscalYear=2569')
    ).json() as SpendingSummary;
    expect(disbursedOf(seenBy50)).toBe(20_002n);
    expect(
      (await chiangmai.request('GET', '/api/v1/spending/summary?fiscalYear=2569&level=province&code=30'))
        .statusCode,
    ).toBe(403);
  });

  it('carries unpaid commitments into the next year without counting them in that year’s budget', async () => {
    const project = await insertProject(context, {
      provinceCode: '30',
      fiscalYear: 2568,
      totalSatang: 1_000_000n,
    });
    await defaultPlan(korat, project.id, 2568);
    const fy2568 = {
      fiscalYear: 2568,
      fiscalMonth: 12,
      committedSatang: '900000',
      disbursedSatang: '600000',
    };
    expect((await actual(korat, project.id, fy2568)).statusCode).toBe(200);
    const carry = (amountSatang: string) =>
      korat.request('PUT', `/api/v1/spending/projects/${project.id}/carry-over`, {
        body: { fromFiscalYear: 2568, amountSatang, reason: 'งานก่อสร้างส่งมอบไม่ทันสิ้นปีงบประมาณ' },
      });
    expect((await carry('300001')).statusCode).toBe(409);
    expect((await carry('300000')).statusCode).toBe(200);
    const summaryOf = async () =>
      (
        (
          await korat.request('GET', '/api/v1/spending/summary?fiscalYear=2569&level=province&code=30')
        ).json() as SpendingSummary
      ).classes.find((c) => c.budgetClass === 'overall')?.months[11];
    const before = await summaryOf();
    const paid = await actual(korat, project.id, {
      fiscalMonth: 2,
      funds: 'carry_over',
      disbursedSatang: '250000',
    });
    expect(paid.statusCode).toBe(200);
    expect(
      (await actual(korat, project.id, { fiscalMonth: 3, funds: 'carry_over', disbursedSatang: '50001' }))
        .statusCode,
    ).toBe(409);
    const after = await summaryOf();
    expect(after?.disbursedCumSatang).toBe(before?.disbursedCumSatang);
    expect(
      BigInt(after?.carryOverDisbursedCumSatang ?? '0') - BigInt(before?.carryOverDisbursedCumSatang ?? '0'),
    ).toBe(250_000n);
    const fy2568Summary = (
      (
        await korat.request('GET', '/api/v1/spending/summary?fiscalYear=2568&level=province&code=30')
      ).json() as SpendingSummary
    ).classes.find((c) => c.budgetClass === 'overall');
    expect(fy2568Summary?.months[11]?.disbursedCumSatang).toBe('600000');
  });
});
