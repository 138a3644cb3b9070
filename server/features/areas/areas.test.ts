import { ifMatch } from '../../test/factories.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  admin = await context.signIn('admin');
  planner = await context.signIn('planner.korat');
});
afterAll(() => context.close());

describe('area reference data', () => {
  it('lists the 77 provinces with Bangkok flagged as special', async () => {
    const response = await planner.request('GET', '/api/v1/areas?level=province&limit=500');
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(77);
    const bangkok = response.json().items.find((area: { code: string }) => area.code === '10');
    expect(bangkok.isSpecialArea).toBe(true);
  });

  it('holds 928 districts and 7,428 open subdistricts (retired codes closed)', async () => {
    const districts = await planner.request('GET', '/api/v1/areas?level=district&limit=1');
    const subdistricts = await planner.request('GET', '/api/v1/areas?level=subdistrict&limit=1');
    expect(districts.json().total).toBe(928);
    expect(subdistricts.json().total).toBe(7428);
  });

  it('has 18 clusters in 6 regions covering 76 provinces, each province once', async () => {
    const clusters = (await planner.request('GET', '/api/v1/clusters')).json().items;
    const regions = (await planner.request('GET', '/api/v1/regions')).json().items;
    expect(clusters).toHaveLength(18);
    expect(regions).toHaveLength(6);
    const members = clusters.flatMap((cluster: { members: { provinceCode: string }[] }) =>
      cluster.members.map((m) => m.provinceCode),
    );
    expect(members).toHaveLength(76);
    expect(new Set(members).size).toBe(76);
    expect(members).not.toContain('10');
    const upperNorth2 = clusters.find((cluster: { nameTh: string }) => cluster.nameTh === 'ภาคเหนือตอนบน 2');
    expect(upperNorth2.operationsCentreCode).toBe('57');
    expect(upperNorth2.operationsCentreVerified).toBe(true);
  });

  it('finds เชียงใหม่ and เชียงราย first when searching เชียง', async () => {
    const response = await planner.request('GET', `/api/v1/areas?q=${encodeURIComponent('เชียง')}&limit=10`);
    const names = response.json().items.map((area: { nameTh: string }) => area.nameTh);
    expect(names.slice(0, 2).sort()).toEqual(['เชียงราย', 'เชียงใหม่']);
  });

  it('searches by substring and by English name', async () => {
    const substring = await planner.request(
      'GET',
      `/api/v1/areas?q=${encodeURIComponent('ราชสีมา')}&level=province`,
    );
    expect(substring.json().items.map((area: { code: string }) => area.code)).toEqual(['30']);
    const english = await planner.request('GET', '/api/v1/areas?q=chiang%20mai&level=province');
    expect(english.json().items[0].code).toBe('50');
  });

  it('lists children by parent and a subtree by prefix', async () => {
    const children = await planner.request('GET', '/api/v1/areas?parent=30&limit=500');
    expect(children.json().total).toBe(32);
    expect(children.json().items.every((area: { level: string }) => area.level === 'district')).toBe(true);
    const subtree = await planner.request('GET', '/api/v1/areas/3001/subtree?limit=500');
    expect(subtree.json().items[0].code).toBe('3001');
    expect(subtree.json().items.every((area: { code: string }) => area.code.startsWith('3001'))).toBe(true);
  });

  it('gets one area with ancestors and counts below it', async () => {
    const response = await planner.request('GET', '/api/v1/areas/300101');
    expect(response.statusCode).toBe(200);
    expect(response.json().ancestors.map((area: { code: string }) => area.code)).toEqual(['30', '3001']);
    const province = await planner.request('GET', '/api/v1/areas/30');
    expect(province.json().childCounts.district).toBe(32);
  });

  it('answers an unknown code with 404 and a malformed one with 400, both in Thai and English', async () => {
    const unknown = await planner.request('GET', '/api/v1/areas/99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().messages.th).toBe('ไม่พบพื้นที่');
    const malformed = await planner.request('GET', '/api/v1/areas/123');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('params.code');
  });

  it('counts districts, subdistricts and villages per province for the map', async () => {
    const response = await planner.request('GET', '/api/v1/areas/stats/provinces');
    const korat = response.json().items.find((item: { provinceCode: string }) => item.provinceCode === '30');
    expect(korat.districts).toBe(32);
    expect(korat.subdistricts).toBeGreaterThan(250);
    expect(korat.clusterNameTh).toBe('ภาคตะวันออกเฉียงเหนือตอนล่าง 1');
  });

  it('needs a session', async () => {
    expect((await context.app.inject({ method: 'GET', url: '/api/v1/areas' })).statusCode).toBe(401);
  });
});

describe('area administration', () => {
  it('lets the administrator add a district under an existing province', async () => {
    const response = await admin.request('POST', '/api/v1/areas', {
      body: { code: '3099', nameTh: 'อำเภอทดสอบ', validFrom: '2026-10-01' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().level).toBe('district');
    expect(response.json().parentCode).toBe('30');
  });

  it('refuses an area whose parent does not exist', async () => {
    const response = await admin.request('POST', '/api/v1/areas', {
      body: { code: '309901', nameTh: 'ตำบลทดสอบ' },
    });
    expect(response.statusCode).toBe(201);
    const orphan = await admin.request('POST', '/api/v1/areas', {
      body: { code: '309801', nameTh: 'ตำบลไม่มีอำเภอ' },
    });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().errors[0].message.th).toContain('ไม่พบพื้นที่แม่');
  });

  it('renames with a version and refuses a stale second write, keeping the first', async () => {
    const current = (await admin.request('GET', '/api/v1/areas/3099')).json().area;
    const first = await admin.request('PATCH', '/api/v1/areas/3099', {
      body: { nameTh: 'อำเภอทดสอบใหม่' },
      headers: ifMatch(current.version),
    });
    expect(first.statusCode).toBe(200);
    const second = await admin.request('PATCH', '/api/v1/areas/3099', {
      body: { nameTh: 'ชื่อที่มาทีหลัง' },
      headers: ifMatch(current.version),
    });
    expect(second.statusCode).toBe(412);
    expect(second.json().currentVersion).toBe(current.version + 1);
    const after = (await admin.request('GET', '/api/v1/areas/3099')).json().area;
    expect(after.nameTh).toBe('อำเภอทดสอบใหม่');
  });

  it('demands a version for updates', async () => {
    const response = await admin.request('PATCH', '/api/v1/areas/3099', { body: { nameTh: 'ไม่มีฉบับ' } });
    expect(response.statusCode).toBe(428);
  });

  it('closes an area with a validity end date; closed areas leave default lists', async () => {
    const current = (await admin.request('GET', '/api/v1/areas/309901')).json().area;
    const closed = await admin.request('PATCH', '/api/v1/areas/309901', {
      body: { validTo: '2020-01-01', reason: 'ยุบรวมตำบล', version: current.version },
    });
    expect(closed.statusCode).toBe(200);
    const open = await admin.request('GET', '/api/v1/areas?parent=3099');
    expect(open.json().total).toBe(0);
    const all = await admin.request('GET', '/api/v1/areas?parent=3099&includeClosed=true');
    expect(all.json().total).toBe(1);
    const notClosed = await admin.request('GET', '/api/v1/areas?parent=3099&includeClosed=false');
    expect(notClosed.json().total).toBe(0);
    const unclear = await admin.request('GET', '/api/v1/areas?parent=3099&includeClosed=maybe');
    expect(unclear.statusCode).toBe(400);
  });

  it('forbids a provincial planner from editing areas', async () => {
    const response = await planner.request('POST', '/api/v1/areas', { body: { code: '3098', nameTh: 'x' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().messages.th).toBe('คุณไม่มีสิทธิ์ดำเนินการนี้');
  });
});
