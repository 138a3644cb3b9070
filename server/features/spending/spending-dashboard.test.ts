import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ranking } from '../../../domain/spending/ranking.js';
import type { SpendingSummary, Warning } from '../../../domain/spending/spending-response.js';
import { closeSharedBrowser } from '../../platform/pdf/browser.js';
import { readSheetRecords, rowsUnderKeyRow } from '../../platform/files/sheet.js';
import { actorOf, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { DEMO_REPORTED_THROUGH } from './demo.js';
import { loadMonthlyReport } from './monthly-report.js';
import { clusterOf, seedSpendingDemoChain } from './test-projects.js';

let context: TestContext;
let admin: TestClient;
let korat: TestClient;
let chiangmai: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  await seedSpendingDemoChain(context);
  [admin, korat, chiangmai] = await signInAll(context, [
    'admin',
    'planner.korat',
    'planner.chiangmai',
  ] as const);
});
afterAll(async () => {
  await closeSharedBrowser();
  await context.close();
});

async function json<T>(client: TestClient, url: string): Promise<T> {
  const response = await client.request('GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

const disbursedAt = (summary: SpendingSummary, month: number) =>
  summary.classes.find((entry) => entry.budgetClass === 'overall')?.months[month - 1]?.disbursedCumSatang;

describe('spending rankings', () => {
  it('ranks provinces and clusters from the roll-ups, equal to the summaries to the satang', async () => {
    const provinces = await json<Ranking>(admin, '/api/v1/spending/rankings?fiscalYear=2569');
    expect(provinces.throughMonth).toBe(DEMO_REPORTED_THROUGH);
    expect(provinces.targetPct).toBeGreaterThan(0);
    const koratRow = provinces.rows.find((row) => row.code === '30');
    expect(koratRow).toMatchObject({ rank: 1, nameTh: expect.stringContaining('นครราชสีมา') });
    const province = await json<SpendingSummary>(
      admin,
      '/api/v1/spending/summary?fiscalYear=2569&level=province&code=30',
    );
    expect(koratRow?.disbursedSatang).toBe(disbursedAt(province, DEMO_REPORTED_THROUGH));

    const clusters = await json<Ranking>(admin, '/api/v1/spending/rankings?fiscalYear=2569&level=cluster');
    const clusterId = await clusterOf(context, '30');
    const cluster = await json<SpendingSummary>(
      admin,
      `/api/v1/spending/summary?fiscalYear=2569&level=cluster&code=${clusterId}`,
    );
    const national = await json<SpendingSummary>(admin, '/api/v1/spending/summary?fiscalYear=2569');
    const row = clusters.rows.find((entry) => entry.code === String(clusterId));
    expect(row?.disbursedSatang).toBe(disbursedAt(cluster, DEMO_REPORTED_THROUGH));
    const clusterTotal = clusters.rows.reduce((sum, entry) => sum + BigInt(entry.disbursedSatang), 0n);
    expect(clusterTotal.toString()).toBe(disbursedAt(national, DEMO_REPORTED_THROUGH));
    expect(BigInt(row?.disbursedSatang ?? '0')).toBeGreaterThan(BigInt(koratRow?.disbursedSatang ?? '0'));
  });

  it('ranks budget units: a province’s own projects and a cluster’s projects, each counted once', async () => {
    const units = await json<Ranking>(admin, '/api/v1/spending/rankings?fiscalYear=2569&level=budget_unit');
    const clusterId = await clusterOf(context, '30');
    const provinces = await json<Ranking>(admin, '/api/v1/spending/rankings?fiscalYear=2569');
    const national = await json<SpendingSummary>(admin, '/api/v1/spending/summary?fiscalYear=2569');
    expect(units.rows.map((row) => row.code).sort()).toEqual(['C' + clusterId, 'P30']);
    expect(units.rows.find((row) => row.code === 'P30')?.disbursedSatang).toBe(
      provinces.rows.find((row) => row.code === '30')?.disbursedSatang,
    );
    const sum = units.rows.reduce((total, row) => total + BigInt(row.disbursedSatang), 0n);
    expect(sum.toString()).toBe(disbursedAt(national, DEMO_REPORTED_THROUGH));
    const seen = await json<Ranking>(
      chiangmai,
      '/api/v1/spending/rankings?fiscalYear=2569&level=budget_unit',
    );
    expect(seen.rows).toEqual([]);
    const sheet = await admin.request(
      'GET',
      '/api/v1/spending/rankings/export?fiscalYear=2569&level=budget_unit',
    );
    expect(sheet.statusCode).toBe(200);
  });

  it('follows a chosen month and shows each reader only their scope', async () => {
    const early = await json<Ranking>(korat, '/api/v1/spending/rankings?fiscalYear=2569&throughMonth=3');
    expect(early).toMatchObject({ throughMonth: 3, targetPct: 33 });
    expect(early.rows.map((row) => row.code)).toEqual(['30']);
    expect((await json<Ranking>(chiangmai, '/api/v1/spending/rankings?fiscalYear=2569')).rows).toEqual([]);
    const bad = await korat.request('GET', '/api/v1/spending/rankings?fiscalYear=2569&throughMonth=13');
    expect(bad.statusCode).toBe(400);
  });
});

describe('spending exports', () => {
  async function exported(client: TestClient, url: string, keys: string[]) {
    const response = await client.request('GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const records = await readSheetRecords('export.xlsx', response.rawPayload);
    return rowsUnderKeyRow(records, keys).map((entry) => entry.values);
  }

  it('exports every warning of the reader’s scope and the ranking on screen', async () => {
    const warnings = await json<{ items: Warning[] }>(
      korat,
      '/api/v1/spending/warnings?fiscalYear=2569&limit=200',
    );
    const rows = await exported(korat, '/api/v1/spending/warnings/export?fiscalYear=2569', [
      'code',
      'status',
    ]);
    expect(rows.map((entry) => entry.code)).toEqual(warnings.items.map((warning) => warning.code));
    expect(await exported(chiangmai, '/api/v1/spending/warnings/export?fiscalYear=2569', ['code'])).toEqual(
      [],
    );
    const ranking = await exported(admin, '/api/v1/spending/rankings/export?fiscalYear=2569', [
      'rank',
      'code',
    ]);
    expect(ranking[0]).toMatchObject({ code: '30' });
  });
});

describe('monthly province report', () => {
  it('gives a province’s readers its PDF and refuses other provinces’ readers', async () => {
    const url = '/api/v1/spending/reports/monthly?fiscalYear=2569&provinceCode=30';
    const response = await korat.request('GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await chiangmai.request('GET', url)).statusCode).toBe(403);
    const report = await loadMonthlyReport(context, await actorOf(context, 'planner.korat'), {
      fiscalYear: 2569,
      provinceCode: '30',
    });
    expect(report.throughMonth).toBe(DEMO_REPORTED_THROUGH);
    expect(report.warnings.length + report.moreWarnings).toBeGreaterThan(0);
  });
});
