import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheetRecords, rowsUnderKeyRow } from '../platform/files/sheet.js';
import { createNeedVia, signInAll } from './factories.js';
import { createTestContext, type TestClient, type TestContext } from './harness.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
let plannerChiangMai: TestClient;
let headKorat: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [admin, planner, plannerChiangMai, headKorat] = await signInAll(context, [
    'admin',
    'planner.korat',
    'planner.chiangmai',
    'head.korat',
  ]);
});
afterAll(() => context.close());

/** Downloads an export and returns its data rows by key. */
async function exported(client: TestClient, url: string, keys: string[]) {
  const response = await client.request('GET', url);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[a-z]+\.xlsx"$/);
  const records = await readSheetRecords('export.xlsx', response.rawPayload);
  return rowsUnderKeyRow(records, keys).map((row) => row.values);
}

describe('every list exports to Excel with the screen’s filters and scope', () => {
  it('exports areas page after page (more rows than one page) with the list’s filters', async () => {
    const districts = await exported(planner, '/api/v1/areas/export?level=district&parent=50', ['code']);
    expect(districts.map((row) => row.code)).toContain('5025');
    expect(districts).toHaveLength(25);
    const subdistricts = await exported(planner, '/api/v1/areas/export?level=subdistrict', ['code']);
    const list = await planner.request('GET', '/api/v1/areas?level=subdistrict&limit=1');
    expect(subdistricts).toHaveLength(list.json().total);
    expect(new Set(subdistricts.map((row) => row.code)).size).toBe(subdistricts.length);
    const retired = await exported(
      planner,
      `/api/v1/areas/export?q=${encodeURIComponent('ท่าช้าง')}&parent=3006&includeClosed=true`,
      ['code', 'successor_code'],
    );
    expect(retired).toContainEqual(expect.objectContaining({ code: '300602', successor_code: '303202' }));
  });

  it('exports agencies with the province filter', async () => {
    const rows = await exported(admin, '/api/v1/agencies/export?provinceCode=30', [
      'province_code',
      'name_th',
    ]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.province_code === '30')).toBe(true);
  });

  it('exports users to an administrator, without passwords, and refuses a planner', async () => {
    const rows = await exported(admin, '/api/v1/users/export', ['username', 'roles']);
    expect(rows.map((row) => row.username)).toContain('planner.korat');
    expect(JSON.stringify(rows)).not.toMatch(/argon2/);
    const refused = await planner.request('GET', '/api/v1/users/export');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });

  it('exports only the audit events of the reader’s provinces', async () => {
    const korat = await createNeedVia(planner);
    const chiangMai = await createNeedVia(plannerChiangMai, { areaCode: '500101' });
    const rows = await exported(headKorat, '/api/v1/audit/export', ['entity', 'province_code']);
    const entities = rows.map((row) => row.entity);
    expect(entities).toContain(korat.referenceNo);
    expect(entities).not.toContain(chiangMai.referenceNo);
    expect(rows.every((row) => row.province_code === '30')).toBe(true);
  });
});
