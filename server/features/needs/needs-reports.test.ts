import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { actorOf, addTestVillage, createNeedVia, type CreatedNeed, signInAll } from '../../test/factories.js';
import { multipartFile } from '../../test/multipart.js';

let context: TestContext;
let planner: TestClient;
let chiangMai: TestClient;
let cluster: TestClient;
let analyst: TestClient;
let korat: CreatedNeed[];
let foreign: CreatedNeed;
beforeAll(async () => {
  context = await createTestContext();
  const admin = await context.signIn('admin');
  [planner, chiangMai, cluster, analyst] = await signInAll(context, [
    'planner.korat',
    'planner.chiangmai',
    'cluster.nelower1',
    'analyst',
  ]);
  await addTestVillage(admin, '30010101');
  korat = [
    await createNeedVia(planner, {
      areaCode: '30010101',
      households: 10,
      people: 30,
      dimensionId: 1,
      origin: 'village_plan',
    }),
    await createNeedVia(planner, {
      areaCode: '300101',
      households: 20,
      people: 60,
      dimensionId: 1,
      origin: 'public_forum',
    }),
    await createNeedVia(planner, {
      areaCode: '300102',
      households: 5,
      people: 15,
      dimensionId: 2,
      origin: 'public_forum',
    }),
    await createNeedVia(planner, {
      areaCode: '300201',
      households: 7,
      people: 21,
      dimensionId: 2,
      origin: 'citizen',
      fiscalYear: 2571,
    }),
    await createNeedVia(planner, {
      areaCode: '3001',
      households: 1,
      people: 1,
      dimensionId: 3,
      origin: 'governor',
    }),
  ];
  foreign = await createNeedVia(chiangMai, { areaCode: '500101', households: 99, people: 99 });
  await createNeedVia(cluster, { areaCode: '310101', households: 3, people: 3 });
  // A merged need counts in its target only.
  const merged = await createNeedVia(planner, {
    areaCode: '300102',
    households: 4,
    people: 4,
    dimensionId: 2,
    origin: 'public_forum',
  });
  const response = await planner.request('POST', `/api/v1/needs/${korat[2]?.id}/merge`, {
    body: { needIds: [merged.id], reason: 'ซ้ำ' },
    headers: { 'if-match': '"1"' },
  });
  expect(response.statusCode).toBe(200);
  await planner.request(
    'POST',
    `/api/v1/needs/${korat[0]?.id}/attachments`,
    multipartFile('a.txt', Buffer.from('a')),
  );
  await chiangMai.request(
    'POST',
    `/api/v1/needs/${foreign.id}/attachments`,
    multipartFile('b.txt', Buffer.from('b')),
  );
});
afterAll(() => context.close());

type Row = {
  key: string;
  labelTh: string | null;
  labelEn: string | null;
  needs: number;
  households: number;
  people: number;
};
const rollup = async (client: TestClient, query: string): Promise<Row[]> => {
  const response = await client.request('GET', `/api/v1/needs/rollups?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
};

describe('roll-ups', () => {
  it('rolls needs up to districts of a province by code prefix', async () => {
    const rows = await rollup(planner, 'groupBy=area&areaCode=30');
    expect(rows).toEqual([
      {
        key: '3001',
        labelTh: 'เมืองนครราชสีมา',
        labelEn: 'Mueang Nakhon Ratchasima',
        needs: 4,
        households: 40,
        people: 110,
      },
      { key: '3002', labelTh: 'ครบุรี', labelEn: 'Khon Buri', needs: 1, households: 7, people: 21 },
    ]);
  });

  it('rolls up to subdistricts; needs above that level keep their own code', async () => {
    const rows = await rollup(planner, 'groupBy=area&areaCode=3001&level=subdistrict');
    expect(rows.map((row) => [row.key, row.needs, row.households])).toEqual([
      ['3001', 1, 1],
      ['300101', 2, 30],
      ['300102', 1, 9],
    ]);
    expect(await rollup(planner, 'groupBy=area&areaCode=30&fiscalYear=2571')).toEqual([
      expect.objectContaining({ key: '3002', needs: 1 }),
    ]);
  });

  it('groups by dimension, origin and status with Thai and English labels', async () => {
    const dimensions = await rollup(planner, 'groupBy=dimension&areaCode=30');
    expect(dimensions.map((row) => [row.labelTh, row.needs, row.households])).toEqual([
      ['เศรษฐกิจ', 2, 30],
      ['สังคม', 2, 16],
      ['ทรัพยากรธรรมชาติและสิ่งแวดล้อม', 1, 1],
    ]);
    const origins = await rollup(planner, 'groupBy=origin&areaCode=30');
    expect(origins[0]).toEqual({
      key: 'public_forum',
      labelTh: 'เวทีประชาคม',
      labelEn: 'Public forum',
      needs: 2,
      households: 29,
      people: 79,
    });
    const statuses = await rollup(planner, 'groupBy=status');
    expect(statuses).toEqual([
      { key: 'received', labelTh: 'รับเรื่องแล้ว', labelEn: 'Received', needs: 5, households: 47, people: 131 },
    ]);
  });

  it('reports provinces for national readers and only the own ones for others', async () => {
    expect((await rollup(analyst, 'groupBy=area')).map((row) => [row.key, row.needs])).toEqual([
      ['30', 5],
      ['31', 1],
      ['50', 1],
    ]);
    expect((await rollup(planner, 'groupBy=area')).map((row) => row.key)).toEqual(['30']);
    expect((await rollup(cluster, 'groupBy=area')).map((row) => row.key)).toEqual(['30', '31']);
  });

  it('validates the request and refuses areas out of scope', async () => {
    expect((await planner.request('GET', '/api/v1/needs/rollups?groupBy=colour')).statusCode).toBe(400);
    expect(
      (await planner.request('GET', '/api/v1/needs/rollups?groupBy=area&fiscalYear=3000')).statusCode,
    ).toBe(400);
    expect((await planner.request('GET', '/api/v1/needs/rollups?groupBy=area&areaCode=50')).statusCode).toBe(
      403,
    );
    expect(
      (await context.app.inject({ method: 'GET', url: '/api/v1/needs/rollups?groupBy=area' })).statusCode,
    ).toBe(401);
  });
});

describe('map', () => {
  it('counts needs per subdistrict point (villages included) and per province', async () => {
    const response = await planner.request('GET', '/api/v1/needs/map?areaCode=30');
    expect(response.statusCode).toBe(200);
    const map = response.json();
    expect(map.points.map((point: { code: string; needs: number }) => [point.code, point.needs])).toEqual([
      ['300101', 2],
      ['300102', 1],
      ['300201', 1],
    ]);
    expect(map.points[1]).toMatchObject({ nameTh: 'โพธิ์กลาง', lat: 14.906, lon: 102.102 });
    expect(map.provinces).toEqual([{ provinceCode: '30', needs: 5 }]);
    const national = (await analyst.request('GET', '/api/v1/needs/map?fiscalYear=2570')).json();
    expect(national).toEqual({
      points: [],
      provinces: [
        { provinceCode: '30', needs: 4 },
        { provinceCode: '31', needs: 1 },
        { provinceCode: '50', needs: 1 },
      ],
    });
  });

  it('refuses another province and malformed codes', async () => {
    expect((await planner.request('GET', '/api/v1/needs/map?areaCode=50')).statusCode).toBe(403);
    expect((await planner.request('GET', '/api/v1/needs/map?areaCode=3001')).statusCode).toBe(400);
  });
});

describe('province 50 is out of reach for a province-30 planner', () => {
  it('through every endpoint', async () => {
    const id = foreign.id;
    const headers = { 'if-match': '"1"' };
    const attachmentId = (await chiangMai.request('GET', `/api/v1/needs/${id}/attachments`)).json().items[0]
      .id;
    const attempts = [
      planner.request('GET', `/api/v1/needs/${id}`),
      planner.request('PATCH', `/api/v1/needs/${id}`, { body: { title: 'x' }, headers }),
      planner.request('POST', `/api/v1/needs/${id}/transitions`, { body: { action: 'screen' }, headers }),
      planner.request('POST', `/api/v1/needs/${id}/merge`, {
        body: { needIds: [korat[1]?.id], reason: 'x' },
        headers,
      }),
      planner.request('POST', `/api/v1/needs/${korat[1]?.id}/merge`, {
        body: { needIds: [id], reason: 'x' },
        headers,
      }),
      planner.request('GET', `/api/v1/needs/${id}/attachments`),
      planner.request('GET', `/api/v1/needs/${id}/attachments/${attachmentId}`),
      planner.request('DELETE', `/api/v1/needs/${id}/attachments/${attachmentId}`),
      planner.request('POST', `/api/v1/needs/${id}/attachments`, multipartFile('c.txt', Buffer.from('c'))),
    ];
    expect((await Promise.all(attempts)).map((response) => response.statusCode)).toEqual([
      404, 404, 404, 404, 404, 404, 404, 404, 404,
    ]);
    const listed = (await planner.request('GET', '/api/v1/needs?limit=500')).json();
    expect(listed.items.map((need: { id: string }) => need.id)).not.toContain(id);
    for (const url of [
      '/api/v1/needs?areaCode=50',
      '/api/v1/needs/export?areaCode=50',
      '/api/v1/needs/similar?title=abc&areaCode=500101',
    ]) {
      expect((await planner.request('GET', url)).statusCode).toBe(403);
    }
    expect((await chiangMai.request('GET', `/api/v1/needs/${id}`)).json()).toMatchObject({
      version: 1,
      status: 'received',
    });
  });

  it('nor through a raw query under row-level security', async () => {
    const actor = await actorOf(context, 'planner.korat');
    for (const table of ['needs', 'need_sources', 'need_attachments', 'need_counters']) {
      const rows = await inActorTransaction(context.database, actor, (tx) =>
        selectRows<{ province_code: string }>(
          tx,
          sql`select distinct province_code from ${sql.identifier(table)} order by 1`,
        ),
      );
      expect(
        rows.map((row) => row.province_code),
        table,
      ).toEqual(['30']);
    }
    const owner = await selectRows<{ n: number }>(
      context.database.db,
      sql`select count(distinct province_code)::int as n from needs`,
    );
    expect(owner[0]?.n).toBe(3);
    await expect(
      inActorTransaction(context.database, actor, (tx) =>
        tx.execute(sql`insert into needs (reference_no, province_code, area_code, fiscal_year, title, origin, dimension_id)
          values ('N50-2570-09999', '50', '500101', 2570, 'แอบเขียน', 'citizen', 1)`),
      ),
    ).rejects.toThrow();
    await inActorTransaction(context.database, actor, (tx) =>
      tx.execute(sql`update needs set title = 'ถูกแก้' where province_code = '50'`),
    );
    await inActorTransaction(context.database, actor, (tx) =>
      tx.execute(sql`update need_sources set households = 0 where province_code = '50'`),
    );
    const untouched = await selectRows<{ title: string; households: number }>(
      context.database.db,
      sql`select n.title, s.households from needs n join need_sources s on s.need_id = n.id where n.id = ${foreign.id}`,
    );
    expect(untouched).toEqual([{ title: 'ถนนลูกรังชำรุดในหมู่บ้าน', households: 99 }]);
  });
});
