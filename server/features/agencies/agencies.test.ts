import { ifMatch } from '../../test/factories.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let koratPlanner: TestClient;
let chiangMaiPlanner: TestClient;
let auditor: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  koratPlanner = await context.signIn('planner.korat');
  chiangMaiPlanner = await context.signIn('planner.chiangmai');
  auditor = await context.signIn('auditor');
});
afterAll(() => context.close());

const lineAgency = (areaCode: string) => ({ nameTh: 'สำนักงานเกษตรจังหวัด', kind: 'line_agency', areaCode });

describe('agencies', () => {
  it('shows a provincial planner only agencies of the own province and national ones', async () => {
    const response = await koratPlanner.request('GET', '/api/v1/agencies?limit=500');
    expect(response.statusCode).toBe(200);
    const provinces = new Set(
      response.json().items.map((agency: { provinceCode: string | null }) => agency.provinceCode),
    );
    expect([...provinces].filter((code) => code !== null)).toEqual(['30']);
  });

  it('creates an agency in the own province and audits it', async () => {
    const response = await koratPlanner.request('POST', '/api/v1/agencies', { body: lineAgency('3001') });
    expect(response.statusCode).toBe(201);
    expect(response.json().provinceCode).toBe('30');
    const audit = await auditor.request(
      'GET',
      `/api/v1/audit?entityType=agency&entityId=${response.json().id}`,
    );
    expect(audit.json().items[0].action).toBe('create');
    expect(audit.json().items[0].changes.nameTh).toEqual([null, 'สำนักงานเกษตรจังหวัด']);
  });

  it('refuses to create an agency in another province (403)', async () => {
    const response = await koratPlanner.request('POST', '/api/v1/agencies', { body: lineAgency('5001') });
    expect(response.statusCode).toBe(403);
  });

  it("hides another province's agency (404) and refuses to edit it", async () => {
    const created = await chiangMaiPlanner.request('POST', '/api/v1/agencies', { body: lineAgency('5001') });
    const id = created.json().id;
    expect((await koratPlanner.request('GET', `/api/v1/agencies/${id}`)).statusCode).toBe(404);
    const edit = await koratPlanner.request('PATCH', `/api/v1/agencies/${id}`, {
      body: { nameTh: 'ยึด' },
      headers: { 'if-match': '"1"' },
    });
    expect(edit.statusCode).toBe(404);
    expect((await chiangMaiPlanner.request('GET', `/api/v1/agencies/${id}`)).json().nameTh).toBe(
      'สำนักงานเกษตรจังหวัด',
    );
  });

  it('refuses moving an own agency into another province', async () => {
    const created = (
      await koratPlanner.request('POST', '/api/v1/agencies', { body: lineAgency('30') })
    ).json();
    const moved = await koratPlanner.request('PATCH', `/api/v1/agencies/${created.id}`, {
      body: { areaCode: '50' },
      headers: ifMatch(created.version),
    });
    expect(moved.statusCode).toBe(403);
  });

  it('reports every bad field in Thai and English', async () => {
    const response = await koratPlanner.request('POST', '/api/v1/agencies', {
      body: { nameTh: '', kind: 'local_government', areaCode: 'x', dlaCode: '12' },
    });
    expect(response.statusCode).toBe(400);
    const byPath = Object.fromEntries(
      response
        .json()
        .errors.map((error: { path: string; message: { th: string; en: string } }) => [
          error.path,
          error.message,
        ]),
    );
    expect(byPath.nameTh).toEqual({ th: 'กรุณาระบุชื่อ', en: 'Name is required' });
    expect(byPath.dlaCode.th).toBe('รหัส อปท. ต้องเป็นตัวเลข 7 หลัก');
    expect(byPath.areaCode).toBeDefined();
  });

  it('refuses an unknown area code with a field error', async () => {
    const response = await koratPlanner.request('POST', '/api/v1/agencies', { body: lineAgency('3097') });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ path: 'areaCode' });
  });

  it('keeps the first of two writes made from the same version', async () => {
    const created = (
      await koratPlanner.request('POST', '/api/v1/agencies', { body: lineAgency('3002') })
    ).json();
    const headers = ifMatch(created.version);
    const first = await koratPlanner.request('PATCH', `/api/v1/agencies/${created.id}`, {
      body: { shortName: 'กษ.' },
      headers,
    });
    const second = await koratPlanner.request('PATCH', `/api/v1/agencies/${created.id}`, {
      body: { shortName: 'ทับ' },
      headers,
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(412);
    expect(second.json().messages.th).toContain('ถูกแก้ไขโดยผู้อื่น');
    const stored = (await koratPlanner.request('GET', `/api/v1/agencies/${created.id}`)).json();
    expect(stored).toMatchObject({ shortName: 'กษ.', version: created.version + 1 });
  });

  it('forbids read-only roles from writing', async () => {
    expect((await auditor.request('POST', '/api/v1/agencies', { body: lineAgency('30') })).statusCode).toBe(
      403,
    );
  });
});
