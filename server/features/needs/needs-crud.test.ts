import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../../domain/thai/index.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { addTestVillage, createNeedVia, fieldErrors, needBody, signInAll } from '../../test/factories.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
let chiangMai: TestClient;
let district: TestClient;
let auditor: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [admin, planner, chiangMai, district, auditor] = await signInAll(context, [
    'admin',
    'planner.korat',
    'planner.chiangmai',
    'district.muangkorat',
    'auditor',
  ]);
  await addTestVillage(admin);
});
afterAll(() => context.close());

describe('recording needs', () => {
  it('asks for sign-in first', async () => {
    expect((await context.app.inject({ method: 'GET', url: '/api/v1/needs' })).statusCode).toBe(401);
    expect(
      (await context.app.inject({ method: 'POST', url: '/api/v1/needs', payload: needBody() })).statusCode,
    ).toBe(401);
  });

  it('numbers needs per province and fiscal year and keeps the first source', async () => {
    const first = await createNeedVia(planner, { areaCode: '30010101' });
    const second = await createNeedVia(planner, { areaCode: '3001' });
    expect(first.referenceNo).toBe('N30-2570-00001');
    expect(second.referenceNo).toBe('N30-2570-00002');
    expect(first).toMatchObject({ status: 'received', households: 120, people: 400, areaCode: '30010101' });
    const detail = (await planner.request('GET', `/api/v1/needs/${first.id}`)).json();
    expect(detail.sources).toEqual([
      expect.objectContaining({
        fromNeedId: first.id,
        fromReferenceNo: first.referenceNo,
        origin: 'public_forum',
        households: 120,
        people: 400,
      }),
    ]);
    expect(detail.area).toMatchObject({ code: '30010101', nameTh: 'บ้านทดสอบ' });
    expect(detail.area.ancestors.map((area: { code: string }) => area.code)).toEqual([
      '30',
      '3001',
      '300101',
    ]);
    expect(detail.availableTransitions).toEqual(['screen', 'link', 'forward', 'merge', 'reject']);
    expect(detail.audit).toEqual([
      expect.objectContaining({ action: 'create', actorName: expect.stringContaining('นครราชสีมา') }),
    ]);
  });

  it('defaults the fiscal year to the current one and returns an ETag', async () => {
    const response = await planner.request('POST', '/api/v1/needs', {
      body: needBody({ fiscalYear: undefined }),
    });
    expect(response.statusCode).toBe(201);
    const year = fiscalYearOf(new Date());
    expect(response.json().fiscalYear).toBe(year);
    expect(response.json().referenceNo).toBe(`N30-${year}-${year === 2570 ? '00003' : '00001'}`);
    expect(response.headers.etag).toBe('"1"');
  });

  it('reports every bad field in Thai and English', async () => {
    const response = await planner.request('POST', '/api/v1/needs', {
      body: needBody({ title: ' ', households: -5, fiscalYear: 2800, origin: 'radio', areaCode: '3x' }),
    });
    expect(response.statusCode).toBe(400);
    const errors = fieldErrors(response);
    expect(errors.title).toEqual({ th: 'กรุณาระบุปัญหา/ความต้องการ', en: 'Title is required' });
    expect(errors.households).toEqual({
      th: 'ต้องเป็นจำนวนเต็มไม่ติดลบ',
      en: 'Must be a whole number, zero or more',
    });
    expect(errors.fiscalYear?.th).toBe('ปีงบประมาณต้องเป็น พ.ศ. 2500–2700');
    expect(errors.origin?.en).toBe('Choose where the need came from');
    expect(errors.areaCode).toBeDefined();
  });

  it('refuses unknown areas and dimensions with a field error', async () => {
    const area = await planner.request('POST', '/api/v1/needs', { body: needBody({ areaCode: '3097' }) });
    expect(area.statusCode).toBe(400);
    expect(fieldErrors(area).areaCode?.en).toBe('No area with code 3097');
    const dimension = await planner.request('POST', '/api/v1/needs', {
      body: needBody({ dimensionId: 999 }),
    });
    expect(dimension.statusCode).toBe(400);
    expect(fieldErrors(dimension).dimensionId?.th).toBe('ไม่พบมิตินี้หรือมิติถูกยกเลิกแล้ว');
  });

  it('keeps writers inside their capture scope and readers out', async () => {
    expect(
      (await planner.request('POST', '/api/v1/needs', { body: needBody({ areaCode: '5001' }) })).statusCode,
    ).toBe(403);
    expect((await auditor.request('POST', '/api/v1/needs', { body: needBody() })).statusCode).toBe(403);
    expect(
      (await district.request('POST', '/api/v1/needs', { body: needBody({ areaCode: '300201' }) }))
        .statusCode,
    ).toBe(403);
    expect(
      (await district.request('POST', '/api/v1/needs', { body: needBody({ areaCode: '300102' }) }))
        .statusCode,
    ).toBe(201);
  });
});

describe('finding needs', () => {
  beforeAll(async () => {
    await createNeedVia(planner, {
      areaCode: '300201',
      title: 'ขาดแหล่งน้ำเพื่อการเกษตร',
      description: 'ฤดูแล้งไม่มีน้ำทำนา',
      origin: 'village_plan',
      dimensionId: 1,
      fiscalYear: 2571,
    });
    await createNeedVia(chiangMai, { areaCode: '500101', title: 'ถนนลูกรังชำรุด เชียงใหม่' });
  });

  it('filters by area prefix, origin, dimension and fiscal year', async () => {
    const byArea = (await planner.request('GET', '/api/v1/needs?areaCode=3002')).json();
    expect(byArea.items.map((need: { title: string }) => need.title)).toEqual(['ขาดแหล่งน้ำเพื่อการเกษตร']);
    expect(byArea.items[0]).toMatchObject({ areaNameTh: expect.any(String), dimensionNameTh: 'เศรษฐกิจ' });
    expect((await planner.request('GET', '/api/v1/needs?origin=village_plan')).json().total).toBe(1);
    expect((await planner.request('GET', '/api/v1/needs?dimensionId=1')).json().total).toBe(1);
    expect((await planner.request('GET', '/api/v1/needs?fiscalYear=2571')).json().total).toBe(1);
    expect(
      (await planner.request('GET', '/api/v1/needs?status=received&areaCode=3001')).json().total,
    ).toBeGreaterThanOrEqual(3);
  });

  it('refuses a filter it does not know instead of listing everything in scope', async () => {
    const response = await planner.request('GET', '/api/v1/needs?provinceCode=50');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'unknown-query-parameter',
      messages: { th: expect.stringContaining('provinceCode'), en: expect.stringContaining('provinceCode') },
    });
    expect((await planner.request('GET', '/api/v1/needs/export?provinceCode=50')).statusCode).toBe(400);
  });

  it('searches Thai words in title and description, substrings and reference numbers', async () => {
    const word = (await planner.request('GET', `/api/v1/needs?q=${encodeURIComponent('เกษตร')}`)).json();
    expect(word.items.map((need: { title: string }) => need.title)).toEqual(['ขาดแหล่งน้ำเพื่อการเกษตร']);
    const inDescription = (
      await planner.request('GET', `/api/v1/needs?q=${encodeURIComponent('ทำนา')}`)
    ).json();
    expect(inDescription.total).toBe(1);
    const reference = (await planner.request('GET', '/api/v1/needs?q=n30-2570-00002')).json();
    expect(reference.items.map((need: { referenceNo: string }) => need.referenceNo)).toEqual([
      'N30-2570-00002',
    ]);
    expect(
      (await planner.request('GET', `/api/v1/needs?q=${encodeURIComponent('ไม่มีคำนี้แน่นอน')}`)).json().total,
    ).toBe(0);
  });

  it('pages by an opaque cursor through every need once, newest first, and refuses a forged cursor', async () => {
    const everything = (await planner.request('GET', '/api/v1/needs?limit=500')).json();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (await planner.request('GET', `/api/v1/needs?limit=2${query}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page).toMatchObject({ total: everything.total, totalExact: true });
      seen.push(...page.items.map((need: { referenceNo: string }) => need.referenceNo));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everything.items.map((need: { referenceNo: string }) => need.referenceNo));
    const forged = await planner.request('GET', '/api/v1/needs?cursor=bm90LWEta2V5');
    expect(forged.statusCode).toBe(400);
  });

  it("never shows another province's needs", async () => {
    const korat = (await planner.request('GET', '/api/v1/needs?limit=500')).json();
    expect(new Set(korat.items.map((need: { provinceCode: string }) => need.provinceCode))).toEqual(
      new Set(['30']),
    );
    expect((await planner.request('GET', '/api/v1/needs?areaCode=50')).statusCode).toBe(403);
    const mine = (await chiangMai.request('GET', '/api/v1/needs')).json();
    expect(mine.items.map((need: { provinceCode: string }) => need.provinceCode)).toEqual(['50']);
    const national = (await auditor.request('GET', '/api/v1/needs?limit=500')).json();
    expect(national.total).toBe(korat.total + 1);
  });

  it('answers 404 for needs out of scope or unknown, 400 for malformed ids', async () => {
    const other = (await chiangMai.request('GET', '/api/v1/needs')).json().items[0];
    expect((await planner.request('GET', `/api/v1/needs/${other.id}`)).statusCode).toBe(404);
    expect(
      (await planner.request('GET', '/api/v1/needs/7b7c6d2e-0b0a-4c1e-9f59-1d2f3a4b5c6d')).statusCode,
    ).toBe(404);
    expect((await planner.request('GET', '/api/v1/needs/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('editing needs', () => {
  it('saves with If-Match, bumps the version and audits the changed fields with the reason', async () => {
    const need = await createNeedVia(planner);
    const response = await planner.request('PATCH', `/api/v1/needs/${need.id}`, {
      body: { households: 150, title: 'ถนนลูกรังชำรุดหนัก', reason: 'สำรวจใหม่' },
      headers: { 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ households: 150, title: 'ถนนลูกรังชำรุดหนัก', version: 2 });
    const detail = (await planner.request('GET', `/api/v1/needs/${need.id}`)).json();
    expect(detail.sources[0].households).toBe(150);
    expect(detail.audit[1]).toMatchObject({
      action: 'update',
      reason: 'สำรวจใหม่',
      changes: { households: [120, 150], title: ['ถนนลูกรังชำรุดในหมู่บ้าน', 'ถนนลูกรังชำรุดหนัก'] },
    });
    const found = (await planner.request('GET', `/api/v1/needs?q=${encodeURIComponent('หนัก')}`)).json();
    expect(found.items.map((item: { id: string }) => item.id)).toContain(need.id);
  });

  it('keeps the first of two edits from the same version (412) and needs a version (428)', async () => {
    const need = await createNeedVia(planner);
    const headers = { 'if-match': '"1"' };
    expect(
      (await planner.request('PATCH', `/api/v1/needs/${need.id}`, { body: { people: 1 }, headers }))
        .statusCode,
    ).toBe(200);
    const stale = await planner.request('PATCH', `/api/v1/needs/${need.id}`, {
      body: { people: 2 },
      headers,
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ currentVersion: 2 });
    expect((await planner.request('GET', `/api/v1/needs/${need.id}`)).json().people).toBe(1);
    expect(
      (await planner.request('PATCH', `/api/v1/needs/${need.id}`, { body: { people: 3 } })).statusCode,
    ).toBe(428);
  });

  it('refuses bad values, moves to another province and edits out of scope', async () => {
    const need = await createNeedVia(planner, { areaCode: '300201' });
    const bad = await planner.request('PATCH', `/api/v1/needs/${need.id}`, {
      body: { people: -1, sourcePriority: 0 },
      headers: { 'if-match': '"1"' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual(['people', 'sourcePriority']);
    const moved = await admin.request('PATCH', `/api/v1/needs/${need.id}`, {
      body: { areaCode: '500101' },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.statusCode).toBe(400);
    expect(fieldErrors(moved).areaCode?.en).toBe('A need cannot move to another province');
    expect(
      (
        await planner.request('PATCH', `/api/v1/needs/${need.id}`, {
          body: { areaCode: '5001' },
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await district.request('PATCH', `/api/v1/needs/${need.id}`, {
          body: { people: 9 },
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await chiangMai.request('PATCH', `/api/v1/needs/${need.id}`, {
          body: { people: 9 },
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await planner.request('GET', `/api/v1/needs/${need.id}`)).json()).toMatchObject({
      version: 1,
      people: 400,
      areaCode: '300201',
    });
  });
});
