import { eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetList } from '../../../domain/assets/asset-response.js';
import { selectRows } from '../../platform/db/client.js';
import { clusters } from '../areas/tables.js';
import {
  expectStatus,
  koratBuriramClusterProject,
  projectBody,
  signInBuriramPlanner,
} from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

/**
 * The register list as it answered before it stated its scope and searched through the trigram
 * index: every filter applied under row-level security alone, by code. Each page walk must equal it.
 */
let context: TestContext;
const clients: Record<'korat' | 'buriram' | 'chiangMai' | 'auditor', TestClient> = {} as never;
const VIEW: Record<keyof typeof clients, { all: boolean; provinces: string }> = {
  korat: { all: false, provinces: '30' },
  buriram: { all: false, provinces: '31' },
  chiangMai: { all: false, provinces: '50' },
  auditor: { all: true, provinces: '' },
};
type Project = { id: string; code: string; provinceCode: string; clusterId: number | null };
const projects: Project[] = [];

const DESCRIPTIONS = [
  'ถนนลาดยางสายบ้านโนนสูง',
  'ป้ายจราจรสะท้อนแสง',
  'ถนนลูกรังเข้าพื้นที่เกษตร',
  'เครื่องสูบน้ำ 50% กำลังสำรอง',
  'อาคาร_เอนกประสงค์ประจำหมู่บ้าน',
  'ฝายชะลอน้ำ',
  'ศูนย์รวบรวมข้าว',
];
const TYPES = ['construction', 'equipment', 'land'];
const STATUSES = ['registered', 'transferred', 'transfer_proposed'];

async function insertAssets(project: Project, count: number, describe: (n: number) => string, from = 1) {
  await context.database.db.execute(sql`
    insert into assets (project_id, province_code, cluster_id, fiscal_year, asset_no, code, type, description,
      quantity, value_satang, handover_date, location_area_code, condition, custodian_name, status, search_text)
    select ${project.id}, ${project.provinceCode}, ${project.clusterId}::int, 2568 + n % 2, n,
      ${project.code} || '-A' || lpad(n::text, 4, '0'), (${sql.param(TYPES)}::text[])[1 + n % 3],
      (${sql.param(Array.from({ length: count }, (_, i) => describe(from + i)))}::text[])[n - ${from - 1}],
      1, 1000 * n, '2026-03-31', ${project.provinceCode} || '0101', 'good',
      case when n % 4 = 0 then 'ผู้ใหญ่บ้านหนองบัว' end, (${sql.param(STATUSES)}::text[])[1 + n % 3], ''
    from generate_series(${from}::int, ${from + count - 1}::int) n`);
  await context.database.db.execute(
    sql`update assets set search_text = lower(concat_ws(' ', code, description, gfmis_asset_no, custodian_name))
      where project_id = ${project.id}`,
  );
}

beforeAll(async () => {
  context = await createTestContext();
  clients.korat = await context.signIn('planner.korat');
  clients.chiangMai = await context.signIn('planner.chiangmai');
  clients.auditor = await context.signIn('auditor');
  clients.buriram = await signInBuriramPlanner(context);
  const [cluster] = await context.database.db
    .select()
    .from(clusters)
    .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
  const bodies: [TestClient, Record<string, unknown>][] = [
    [clients.korat, {}],
    [clients.chiangMai, { provinceCode: '50', locations: [{ areaCode: '500101' }] }],
    [await context.signIn('cluster.nelower1'), koratBuriramClusterProject(cluster?.id)],
  ];
  for (const [client, overrides] of bodies) {
    const created = await expectStatus(client, 201, 'POST', '/api/v1/projects', projectBody(overrides));
    projects.push(created as unknown as Project);
  }
  for (const project of projects) {
    await insertAssets(project, 9, (n) => `${DESCRIPTIONS[n % DESCRIPTIONS.length]} ${n}`);
  }
}, 300_000);
afterAll(() => context.close());

const containing = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The rows the old list returned: the filters under row-level security alone, by code. */
async function before(reader: keyof typeof clients, filter: Record<string, string>) {
  const conditions: SQL[] = [sql`true`];
  if (filter.q) {
    conditions.push(sql`search_text ilike ${containing(filter.q)}`);
  }
  for (const [key, column] of [
    ['provinceCode', 'province_code'],
    ['type', 'type'],
    ['status', 'status'],
  ] as const) {
    if (filter[key]) {
      conditions.push(sql`${sql.identifier(column)} = ${filter[key]}`);
    }
  }
  if (filter.fiscalYear) {
    conditions.push(sql`fiscal_year = ${Number(filter.fiscalYear)}`);
  }
  return context.database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.scope_all_view', ${VIEW[reader].all ? 'on' : 'off'}, true),
      set_config('app.provinces_view', ${VIEW[reader].provinces}, true), set_config('role', 'areaplan_app', true)`);
    return selectRows<{ code: string; value: string }>(
      tx,
      sql`select code, value_satang::text as value from assets where ${sql.join(conditions, sql` and `)} order by code`,
    );
  });
}

/** Every page of the list (limit 4 unless the filter says), following the cursor to the end. */
async function walk(reader: keyof typeof clients, filter: Record<string, string>) {
  const pages: AssetList[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ limit: '4', ...filter, ...(cursor ? { cursor } : {}) });
    const page = (await expectStatus(
      clients[reader],
      200,
      'GET',
      `/api/v1/assets?${params}`,
    )) as unknown as AssetList;
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

const FILTERS: Record<string, string>[] = [
  {},
  { q: 'ถนน' },
  { q: 'ลูกรัง' },
  { q: 'จราจร', type: 'equipment' },
  { q: 'หนองบัว' },
  { q: '50%' },
  { q: 'ร_เอ' },
  { q: 'ไม่มีคำนี้' },
  { status: 'transferred' },
  { type: 'construction', status: 'registered' },
  { fiscalYear: '2569' },
  { q: 'A0003' },
];

describe('the asset register list', () => {
  it('pages the same items in the same order, with the same totals, as before for every reader', async () => {
    for (const reader of Object.keys(clients) as (keyof typeof clients)[]) {
      for (const filter of FILTERS) {
        const expected = await before(reader, filter);
        const pages = await walk(reader, filter);
        const label = `${reader} ${JSON.stringify(filter)}`;
        expect(
          pages.flatMap((page) => page.items.map((item) => item.code)),
          label,
        ).toEqual(expected.map((row) => row.code));
        expect(pages[0]?.total, label).toBe(expected.length);
        expect(pages[0]?.totalExact, label).toBe(true);
        const value = expected.reduce((sum, row) => sum + BigInt(row.value), 0n);
        expect(pages[0]?.totalValueSatang, label).toBe(value.toString());
      }
    }
  });

  it('shows a cluster project’s assets to a member province through the cluster, and no other province’s', async () => {
    const [own, , cluster] = projects;
    const codes = (await walk('buriram', {})).flatMap((page) => page.items.map((item) => item.code));
    expect(codes.length).toBe(9);
    expect(codes.every((code) => code.startsWith(cluster?.code ?? '?'))).toBe(true);
    const korat = (await walk('korat', { q: 'ถนน' })).flatMap((page) => page.items);
    expect(new Set(korat.map((item) => item.projectId))).toEqual(new Set([own?.id, cluster?.id]));
    expect((await clients.korat.request('GET', '/api/v1/assets?provinceCode=50')).statusCode).toBe(403);
  });

  it('finds Thai text inside words, literal % and _, and custodians', async () => {
    const codesFor = async (q: string) =>
      (await walk('auditor', { q })).flatMap((page) => page.items.map((item) => item.description));
    expect(await codesFor('ลาดยาง')).toEqual(expect.arrayContaining([expect.stringContaining('ถนนลาดยาง')]));
    expect((await codesFor('50%')).every((text) => text.includes('50%'))).toBe(true);
    expect((await codesFor('ร_เอ')).every((text) => text.includes('ร_เอ'))).toBe(true);
    expect(await codesFor('ผู้ใหญ่บ้าน')).toHaveLength(6);
  });

  it('pages a search matching more than the id cap the same way, with the count bounded', async () => {
    const chiangMai = projects[1] as Project;
    await insertAssets(chiangMai, 1005, (n) => `เสาไฟฟ้าส่องสว่าง ${n}`, 100);
    const expected = (await before('chiangMai', { q: 'เสาไฟฟ้า' })).map((row) => row.code);
    expect(expected).toHaveLength(1005);
    const first = (await expectStatus(
      clients.chiangMai,
      200,
      'GET',
      `/api/v1/assets?q=${encodeURIComponent('เสาไฟฟ้า')}&limit=50`,
    )) as unknown as AssetList;
    const second = (await expectStatus(
      clients.chiangMai,
      200,
      'GET',
      `/api/v1/assets?q=${encodeURIComponent('เสาไฟฟ้า')}&limit=50&cursor=${first.nextCursor}`,
    )) as unknown as AssetList;
    expect([...first.items, ...second.items].map((item) => item.code)).toEqual(expected.slice(0, 100));
    // The list reads at most 1,001 rows for a count the roll-ups do not hold: past 1,000 it says
    // "more than 1,000" and gives no value, rather than a sum of the rows it happened to read.
    expect([first.total, first.totalExact, first.totalValueSatang]).toEqual([1000, false, null]);
    // Pages past the first 1,001 matches find their own matches after the cursor.
    const pages = await walk('chiangMai', { q: 'เสาไฟฟ้า', limit: '400' });
    expect(pages.map((page) => page.items.length)).toEqual([400, 400, 205]);
    expect(pages.flatMap((page) => page.items.map((item) => item.code))).toEqual(expected);
    const rollup = (await expectStatus(
      clients.chiangMai,
      200,
      'GET',
      '/api/v1/assets',
    )) as unknown as AssetList;
    expect([rollup.total, rollup.totalExact]).toEqual([9 + 1005, true]);
  });
});
