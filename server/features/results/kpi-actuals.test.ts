import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiResults } from '../../../domain/results/kpi-actuals.js';
import type { KpiRollup } from '../../../domain/results/kpi-rollup.js';
import { selectRows } from '../../platform/db/client.js';
import { readSheetRecords, rowsUnderKeyRow } from '../../platform/files/sheet.js';
import { chromiumPath, closeSharedBrowser } from '../../platform/pdf/browser.js';
import { breaksInsideWords, hasPoppler, pdfText } from '../../platform/pdf/text-layer-test-support.js';
import { createReadyPlan, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { planVersions } from '../plans/tables.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let committee: TestClient;
let auditor: TestClient;
let kpiId: string;
let versionId: string;
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai, committee, auditor] = await signInAll(context, [
    'planner.korat',
    'planner.chiangmai',
    'committee.korat',
    'auditor',
  ] as const);
  const plan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['30']);
  kpiId = plan.kpiId;
  versionId = plan.versionId;
}, 300_000);
afterAll(() => context.close());

const yearly = (fiscalYear: number, actualValue: string, extra: Record<string, unknown> = {}) => ({
  fiscalYear,
  period: 0,
  actualValue,
  dataSource: 'สำนักงานเกษตรจังหวัด',
  ...extra,
});
const put = (client: TestClient, body: Record<string, unknown>) =>
  client.request('PUT', `/api/v1/results/kpis/${kpiId}/actuals`, { body });
const rollup = async (client: TestClient, query: string) =>
  (await client.request('GET', `/api/v1/results/kpi-rollup?${query}`)).json() as KpiRollup;

describe('KPI actuals against the plan’s yearly targets', () => {
  it('refuses a plan version not yet published', async () => {
    expect((await put(korat, yearly(2567, '87500'))).statusCode).toBe(409);
    await context.database.db
      .update(planVersions)
      .set({ status: 'published' })
      .where(eq(planVersions.id, versionId));
  });

  it('judges each year against its target: reached, missed, and a year with no target refused', async () => {
    const reached = await put(korat, yearly(2567, '87500'));
    expect(reached.statusCode).toBe(200);
    const missed = await put(korat, yearly(2568, '80000', { note: 'ราคาข้าวตกต่ำ' }));
    const results = missed.json() as KpiResults;
    const byYear = new Map(results.targets.map((target) => [target.fiscalYear, target]));
    expect(byYear.get(2567)?.actuals[0]).toMatchObject({ targetValue: '87000', achieved: true });
    expect(byYear.get(2568)?.actuals[0]).toMatchObject({
      targetValue: '88000',
      actualValue: '80000',
      achievementBp: 9090,
      achieved: false,
    });
    expect(byYear.get(2566)?.state).toBe('missing');
    expect(byYear.get(2567)?.state).toBe('reported');
    expect(byYear.get(2570)?.state).toBe('not_due');
    expect((await put(korat, yearly(2571, '1'))).statusCode).toBe(409);
    expect((await put(korat, yearly(2567, '1', { areaCode: '3001' }))).statusCode).toBe(409);
  });

  it('keeps quarters apart from the year and replaces a value instead of adding it', async () => {
    expect((await put(korat, yearly(2568, '20000', { period: 1 }))).statusCode).toBe(200);
    expect((await put(korat, yearly(2568, '79000'))).statusCode).toBe(200);
    const results = (await korat.request('GET', `/api/v1/results/kpis/${kpiId}`)).json() as KpiResults;
    const fy2568 = results.targets.find((target) => target.fiscalYear === 2568);
    expect(fy2568?.actuals.map((actual) => [actual.period, actual.actualValue])).toEqual([
      [0, '79000'],
      [1, '20000'],
    ]);
  });

  it('lets only a capturer of the plan’s province report, and hides it from other provinces', async () => {
    expect((await put(committee, yearly(2567, '1'))).statusCode).toBe(403);
    expect((await put(chiangmai, yearly(2567, '1'))).statusCode).toBe(404);
    expect((await chiangmai.request('GET', `/api/v1/results/kpis/${kpiId}`)).statusCode).toBe(404);
    expect((await auditor.request('GET', `/api/v1/results/kpis/${kpiId}`)).statusCode).toBe(200);
  });
});

describe('KPI roll-up per province, cluster and nation', () => {
  it('equals what the reported yearly values give, with the missed target counted', async () => {
    const [expected] = await selectRows<{ kpis: number; achieved: number }>(
      context.database.db,
      sql`select count(*)::int as kpis, count(*) filter (where achieved)::int as achieved
        from kpi_actuals where province_code = '30' and fiscal_year = 2568 and period = 0 and area_code is null`,
    );
    const province = await rollup(korat, 'fiscalYear=2568&level=province');
    expect(province.rows).toEqual([
      expect.objectContaining({ provinceCode: '30', kpis: expected?.kpis, kpisAchieved: expected?.achieved }),
    ]);
    expect(province.rows[0]).toMatchObject({ kpisMissed: 1, meanAchievementBp: 8977 });
    const nation = await rollup(auditor, 'fiscalYear=2568&level=nation');
    expect(nation.rows).toEqual([expect.objectContaining({ provinceCode: null, clusterId: null, kpis: 1 })]);
    expect(nation.total).toEqual(province.total);
    const [member] = await selectRows<{ clusterId: number }>(
      context.database.db,
      sql`select cluster_id as "clusterId" from cluster_memberships where province_code = '30' and valid_to is null`,
    );
    const cluster = await rollup(auditor, 'fiscalYear=2568&level=cluster');
    expect(cluster.rows).toEqual([{ ...province.rows[0], provinceCode: null, clusterId: member?.clusterId }]);
    expect(cluster.total).toEqual(province.total);
    expect((await rollup(korat, 'fiscalYear=2567')).total).toMatchObject({ kpis: 1, kpisAchieved: 1 });
  });

  it('shows another province nothing of Korat', async () => {
    expect((await rollup(chiangmai, 'fiscalYear=2568&level=nation')).rows).toEqual([]);
    expect(
      (await chiangmai.request('GET', '/api/v1/results/kpi-rollup?fiscalYear=2568&provinceCode=30'))
        .statusCode,
    ).toBe(403);
  });
});

describe('the yearly results workbook of a province', () => {
  it('sets each KPI target beside its reported value and verdict', async () => {
    const response = await korat.request('GET', '/api/v1/results/provinces/30/yearly-report?fiscalYear=2568');
    expect(response.statusCode, response.body).toBe(200);
    const records = await readSheetRecords('results.xlsx', response.rawPayload);
    const rows = rowsUnderKeyRow(records, ['name', 'target', 'actual']).map((row) => row.values);
    expect(rows).toEqual([
      expect.objectContaining({ target: '88000', actual: '79000', verdict: 'ไม่บรรลุเป้าหมาย' }),
    ]);
    expect(
      (await chiangmai.request('GET', '/api/v1/results/provinces/30/yearly-report?fiscalYear=2568'))
        .statusCode,
    ).toBe(403);
  });
});

describe.skipIf(!existsSync(chromiumPath()) || !hasPoppler)('the yearly results PDF of a province', () => {
  afterAll(() => closeSharedBrowser());

  it('prints the KPI verdicts and the projects under the official heading, B.E. year in Thai digits', async () => {
    const response = await korat.request(
      'GET',
      '/api/v1/results/provinces/30/yearly-report/pdf?fiscalYear=2568',
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'areaplan-results-')), 'results.pdf');
    writeFileSync(file, response.rawPayload);
    const flat = pdfText(file).replace(/\s+/g, '');
    for (const line of [
      'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
      'จังหวัดนครราชสีมา',
      'รายงานผลแล้ว ๑ จาก ๑ ตัวชี้วัด',
      '79000',
      'ไม่บรรลุเป้าหมาย',
      'รวมงบประมาณทั้งสิ้น',
      'บาทถ้วน',
    ]) {
      expect(flat).toContain(line.replace(/\s+/g, ''));
    }
    expect(breaksInsideWords(file)).toEqual([]);
    expect(
      (await chiangmai.request('GET', '/api/v1/results/provinces/30/yearly-report/pdf?fiscalYear=2568'))
        .statusCode,
    ).toBe(403);
  });
});
