import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { expectStatus, projectBody } from '../../test/factories.js';

let context: TestContext;
let korat: TestClient;
let chiangMai: TestClient;
const ids: Record<string, string> = {};
const ROAD = 'ก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัว - บ้านโนนสูง';
const create = async (client: TestClient, key: string, overrides: Record<string, unknown>) => {
  ids[key] = (await expectStatus(client, 201, 'POST', '/api/v1/projects', projectBody(overrides))).id;
};
beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
  chiangMai = await context.signIn('planner.chiangmai');
  await create(korat, 'original', { title: ROAD, fiscalYear: 2568 });
  await create(korat, 'planted', { title: 'ก่อสร้างถนน คอนกรีตเสริมเหล็ก สายบ้านหนองบัว-โนนสูง' });
  await create(korat, 'unrelated', { title: 'ฝึกอบรมอาชีพผู้สูงอายุ' });
  await create(korat, 'elsewhere', { title: ROAD, locations: [{ areaCode: '3002' }] });
  await create(korat, 'tooOld', { title: ROAD, fiscalYear: 2565 });
  await create(chiangMai, 'otherProvince', {
    title: ROAD,
    provinceCode: '50',
    locations: [{ areaCode: '500101' }],
  });
});
afterAll(() => context.close());

describe('similar projects', () => {
  it('reports the planted near-duplicate spelled differently, only in overlapping areas and the last three years', async () => {
    const report = await expectStatus(korat, 200, 'GET', '/api/v1/projects/reports/similar?fiscalYear=2569');
    const pairs = (report.items as { a: { id: string }; b: { id: string }; similarity: number }[]).map(
      (pair) => [pair.a.id, pair.b.id].sort().join('+'),
    );
    expect(pairs).toContain([ids.original, ids.planted].sort().join('+'));
    const involved = new Set(pairs.flatMap((pair) => pair.split('+')));
    for (const absent of ['unrelated', 'elsewhere', 'tooOld', 'otherProvince']) {
      expect(involved.has(ids[absent] ?? ''), absent).toBe(false);
    }
  });

  it('pages the report by keyset: walking one-pair pages finds the same pairs once each', async () => {
    await create(korat, 'thirdCopy', { title: 'ก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านหนองบัว บ้านโนนสูง' });
    const pairKey = (pair: { a: { id: string }; b: { id: string } }) =>
      [pair.a.id, pair.b.id].sort().join('+');
    const whole = await expectStatus(korat, 200, 'GET', '/api/v1/projects/reports/similar?fiscalYear=2569');
    const all = (whole.items as { a: { id: string }; b: { id: string } }[]).map(pairKey).sort();
    expect(all.length).toBeGreaterThan(1);
    expect(whole.nextCursor).toBeNull();
    const walked: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await expectStatus(
        korat,
        200,
        'GET',
        `/api/v1/projects/reports/similar?fiscalYear=2569&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      walked.push(...(page.items as { a: { id: string }; b: { id: string } }[]).map(pairKey));
      cursor = page.nextCursor as string | null;
      pages += 1;
    } while (cursor && pages < 20);
    expect(walked.sort()).toEqual(all);
    expect(pages).toBeGreaterThan(1);
    const garbage = await korat.request(
      'GET',
      '/api/v1/projects/reports/similar?fiscalYear=2569&cursor=nope',
    );
    expect(garbage.statusCode).toBe(400);
    expect(
      (await korat.request('GET', '/api/v1/projects/reports/similar?fiscalYear=2569&areaCode=50')).statusCode,
    ).toBe(403);
  });

  it('hints while typing, with the shared area, never from another province', async () => {
    const url = `/api/v1/projects/similar?fiscalYear=2569&areaCodes=300101&title=${encodeURIComponent('ถนน คสล. สายบ้านหนองบัว-บ้านโนนสูง')}`;
    const hint = await expectStatus(korat, 200, 'GET', url);
    const found = hint.items as { project: { id: string }; sharedAreaCodes: string[] }[];
    expect(found.map((item) => item.project.id)).toEqual(expect.arrayContaining([ids.original, ids.planted]));
    expect(found.map((item) => item.project.id)).not.toContain(ids.elsewhere);
    expect(found[0]?.sharedAreaCodes).toEqual(['300101']);
    const other = await expectStatus(chiangMai, 200, 'GET', url.replace('300101', '500101'));
    expect(
      (other.items as { project: { provinceCode: string } }[]).every((i) => i.project.provinceCode === '50'),
    ).toBe(true);
  });
});
