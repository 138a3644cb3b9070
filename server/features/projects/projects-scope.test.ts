import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { expectStatus, koratBuriramClusterProject, projectBody } from '../../test/factories.js';
import { splitByShares } from '../../../domain/projects/locations.js';
import { projectMapSchema } from '../../../domain/projects/project-map.js';
import { clusters } from '../areas/tables.js';

let context: TestContext;
let korat: TestClient;
let chiangMai: TestClient;
let clusterOfficer: TestClient;
let admin: TestClient;
const ids: Record<string, string> = {};
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangMai, clusterOfficer, admin] = [
    await context.signIn('planner.korat'),
    await context.signIn('planner.chiangmai'),
    await context.signIn('cluster.nelower1'),
    await context.signIn('admin'),
  ];
  const [cluster] = await context.database.db
    .select()
    .from(clusters)
    .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
  const body = { title: 'ปรับปรุงแหล่งน้ำชุมชนบ้านหนองบัว' };
  ids.korat = (await expectStatus(korat, 201, 'POST', '/api/v1/projects', projectBody(body))).id;
  ids.chiangMai = (
    await expectStatus(
      chiangMai,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({ ...body, provinceCode: '50', locations: [{ areaCode: '500101' }] }),
    )
  ).id;
  ids.cluster = (
    await expectStatus(
      clusterOfficer,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({ ...body, ...koratBuriramClusterProject(cluster?.id) }),
    )
  ).id;
});
afterAll(() => context.close());

const codesOf = (list: Record<string, unknown>) =>
  (list.items as { provinceCode: string; id: string }[]).map((p) => p.id);

describe('who sees which project', () => {
  it('keeps another province out of lists, search, reads and writes', async () => {
    for (const url of ['/api/v1/projects', '/api/v1/projects?q=หนองบัว', '/api/v1/projects?fiscalYear=2569']) {
      const list = await expectStatus(korat, 200, 'GET', url);
      expect(codesOf(list)).not.toContain(ids.chiangMai);
      expect(codesOf(list)).toContain(ids.korat);
      expect(list.totalSatang).toBe('500000000');
    }
    expect((await korat.request('GET', `/api/v1/projects/${ids.chiangMai}`)).statusCode).toBe(404);
    expect((await korat.request('GET', '/api/v1/projects?areaCode=50')).statusCode).toBe(403);
    const write = await korat.request('PATCH', `/api/v1/projects/${ids.chiangMai}`, {
      body: { title: 'x', version: 1 },
    });
    expect(write.statusCode).toBe(404);
  });

  it('shows a cluster project to member provinces but lets only the owner change it', async () => {
    const list = await expectStatus(korat, 200, 'GET', '/api/v1/projects?scope=cluster');
    expect(codesOf(list)).toEqual([ids.cluster]);
    const project = await expectStatus(korat, 200, 'GET', `/api/v1/projects/${ids.cluster}`);
    expect(project.code).toMatch(/^C\d+-2569-0001$/);
    expect(codesOf(await expectStatus(chiangMai, 200, 'GET', '/api/v1/projects?scope=cluster'))).toEqual([]);
    expect((await chiangMai.request('GET', `/api/v1/projects/${ids.cluster}`)).statusCode).toBe(404);
  });

  it('gives the national view every project, totals from the roll-ups matching the rows', async () => {
    const all = await expectStatus(admin, 200, 'GET', '/api/v1/projects?fiscalYear=2569');
    expect(all.total).toBe(3);
    expect(all.totalSatang).toBe('750000000');
    const byArea = await expectStatus(admin, 200, 'GET', '/api/v1/projects?fiscalYear=2569&areaCode=31');
    expect(codesOf(byArea)).toEqual([ids.cluster]);
  });

  it('pages by keyset cursor without repeats', async () => {
    const first = await expectStatus(admin, 200, 'GET', '/api/v1/projects?limit=2');
    expect(first.nextCursor).toBeTruthy();
    const second = await expectStatus(
      admin,
      200,
      'GET',
      `/api/v1/projects?limit=2&cursor=${first.nextCursor}`,
    );
    expect(second.nextCursor).toBeNull();
    expect(new Set([...codesOf(first), ...codesOf(second)]).size).toBe(3);
    expect((await admin.request('GET', '/api/v1/projects?cursor=garbage')).statusCode).toBe(400);
  });

  it('maps only the provinces in view, splitting the money of a cluster project by its shares', async () => {
    const map = projectMapSchema.parse(
      await expectStatus(korat, 200, 'GET', '/api/v1/projects/map?fiscalYear=2569'),
    );
    expect(map.provinces).toEqual([
      { provinceCode: '30', projects: 2, totalSatang: '400000000' },
      { provinceCode: '31', projects: 1, totalSatang: '100000000' },
    ]);
    expect(map.points).toEqual([]);
    const korat30 = projectMapSchema.parse(
      await expectStatus(korat, 200, 'GET', '/api/v1/projects/map?areaCode=30'),
    );
    const drawn = korat30.points.find((point) => point.areaCode === '300101');
    expect(drawn).toMatchObject({ projects: 1, lat: 14.97, lon: 102.1 });
    expect(korat30.points.map((point) => point.areaCode)).toContain('3001');
    const theirs = projectMapSchema.parse(await expectStatus(chiangMai, 200, 'GET', '/api/v1/projects/map'));
    expect(theirs.provinces.map((row) => row.provinceCode)).toEqual(['50']);
    expect((await korat.request('GET', '/api/v1/projects/map?areaCode=50')).statusCode).toBe(403);
  });

  it('splits a cluster project in thirds so the provinces sum to its total to the satang', async () => {
    const [cluster] = await context.database.db
      .select()
      .from(clusters)
      .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
    const amountSatang = '100000001';
    await expectStatus(
      clusterOfficer,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({
        fiscalYear: 2570,
        scope: 'cluster',
        provinceCode: undefined,
        clusterId: cluster?.id,
        locations: [{ areaCode: '3001' }, { areaCode: '3101' }, { areaCode: '3201' }],
        provinceShares: [
          { provinceCode: '30', shareBp: 3333 },
          { provinceCode: '31', shareBp: 3333 },
          { provinceCode: '32', shareBp: 3334 },
        ],
        budgetLines: [
          { description: 'ค่าก่อสร้าง', budgetType: 'investment', category: 'construction', amountSatang },
        ],
        schedule: [{ fiscalYear: 2570, amountSatang }],
      }),
    );
    const map = projectMapSchema.parse(
      await expectStatus(clusterOfficer, 200, 'GET', '/api/v1/projects/map?fiscalYear=2570'),
    );
    // 100,000,001 × 33.33 % = 33,330,000.3333 twice and × 33.34 % = 33,340,000.3334: the floors lose
    // a satang, which goes to the largest remainder.
    expect(map.provinces).toEqual([
      { provinceCode: '30', projects: 1, totalSatang: '33330000' },
      { provinceCode: '31', projects: 1, totalSatang: '33330000' },
      { provinceCode: '32', projects: 1, totalSatang: '33340001' },
    ]);
    const pure = splitByShares(BigInt(amountSatang), [
      { provinceCode: '31', shareBp: 3333 },
      { provinceCode: '32', shareBp: 3334 },
      { provinceCode: '30', shareBp: 3333 },
    ]);
    expect(map.provinces.map((row) => [row.provinceCode, BigInt(row.totalSatang)])).toEqual(
      [...pure].sort(([a], [b]) => a.localeCompare(b)),
    );
  });
});
