import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { createNeedVia, fieldErrors, type CreatedNeed, signInAll, ifMatch } from '../../test/factories.js';

let context: TestContext;
let planner: TestClient;
let chiangMai: TestClient;
let district: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [planner, chiangMai, district] = await signInAll(context, [
    'planner.korat',
    'planner.chiangmai',
    'district.muangkorat',
  ]);
});
afterAll(() => context.close());

type Candidate = { id: string; areaCode: string; score: number; reasons: { th: string; en: string }[] };

async function similar(client: TestClient, params: Record<string, string>) {
  return client.request('GET', `/api/v1/needs/similar?${new URLSearchParams(params).toString()}`);
}

describe('similar needs while typing', () => {
  let sameArea: CreatedNeed;
  let sameDistrict: CreatedNeed;
  let sameProvince: CreatedNeed;
  let unrelated: CreatedNeed;
  beforeAll(async () => {
    sameArea = await createNeedVia(planner, { areaCode: '300101', title: 'ถนนลูกรังชำรุดในหมู่บ้าน' });
    sameDistrict = await createNeedVia(planner, { areaCode: '300102', title: 'ถนนลูกรังในหมู่บ้านชำรุดเสียหาย' });
    sameProvince = await createNeedVia(planner, { areaCode: '300201', title: 'ซ่อมถนนลูกรังชำรุด' });
    unrelated = await createNeedVia(planner, {
      areaCode: '300101',
      title: 'ผู้สูงอายุขาดรายได้',
      description: 'ต้องการส่งเสริมอาชีพ',
    });
    await createNeedVia(chiangMai, { areaCode: '500101', title: 'ถนนลูกรังชำรุดในหมู่บ้าน' });
  });

  it('ranks duplicates by likeness and nearness, with reasons in both languages', async () => {
    const response = await similar(planner, { title: 'ถนนลูกรังชำรุด', areaCode: '300101' });
    expect(response.statusCode).toBe(200);
    const items: Candidate[] = response.json().items;
    expect(items[0]?.id).toBe(sameArea.id);
    expect(items.map((item) => item.id).sort()).toEqual(
      [sameArea.id, sameDistrict.id, sameProvince.id].sort(),
    );
    expect(items.map((item) => item.score)).toEqual(
      [...items.map((item) => item.score)].sort((a, b) => b - a),
    );
    expect(items[0]?.reasons).toEqual(
      expect.arrayContaining([
        { th: 'พื้นที่เดียวกัน', en: 'Same area' },
        expect.objectContaining({ en: expect.stringMatching(/^Titles \d+% alike$/) }),
      ]),
    );
    expect(items.find((item) => item.id === sameDistrict.id)?.reasons).toContainEqual({
      th: 'อำเภอเดียวกัน',
      en: 'Same district',
    });
    expect(items.find((item) => item.id === sameProvince.id)?.reasons).toContainEqual({
      th: 'จังหวัดเดียวกัน',
      en: 'Same province',
    });
    expect(items.map((item) => item.id)).not.toContain(unrelated.id);
  });

  it('finds candidates by words of the description too and leaves out the need being edited', async () => {
    const byDescription = (
      await similar(planner, { title: 'ขาดรายได้', description: 'ส่งเสริมอาชีพผู้สูงอายุ', areaCode: '300101' })
    ).json();
    expect(byDescription.items[0].id).toBe(unrelated.id);
    const excluded = (
      await similar(planner, { title: 'ถนนลูกรังชำรุด', areaCode: '300101', excludeId: sameArea.id })
    ).json();
    expect(excluded.items.map((item: Candidate) => item.id)).not.toContain(sameArea.id);
  });

  it('stays inside the province and the reader scope', async () => {
    const items: Candidate[] = (await similar(chiangMai, { title: 'ถนนลูกรังชำรุด', areaCode: '500101' })).json()
      .items;
    expect(items.map((item) => item.areaCode)).toEqual(['500101']);
    expect((await similar(planner, { title: 'ถนนลูกรังชำรุด', areaCode: '500101' })).statusCode).toBe(403);
    const short = await similar(planner, { title: 'ถ', areaCode: '300101' });
    expect(short.statusCode).toBe(400);
    expect(fieldErrors(short)['querystring.title']?.en).toBe('Type at least 2 characters of the title');
  });
});

describe('merging duplicates', () => {
  let target: CreatedNeed;
  let first: CreatedNeed;
  let second: CreatedNeed;
  beforeAll(async () => {
    target = await createNeedVia(planner, {
      areaCode: '300103',
      title: 'ขาดน้ำประปาหมู่บ้าน',
      households: 100,
      people: 300,
      origin: 'village_plan',
    });
    first = await createNeedVia(planner, {
      areaCode: '300103',
      title: 'น้ำประปาไม่ไหล',
      households: 40,
      people: 120,
      origin: 'complaint',
      sourceDocument: 'เรื่องร้องเรียน 12/2569',
    });
    second = await createNeedVia(planner, {
      areaCode: '300104',
      title: 'ขาดน้ำประปา',
      households: 10,
      people: 20,
      origin: 'public_forum',
    });
  });

  const merge = (
    client: TestClient,
    into: { id: string },
    version: number,
    needIds: string[],
    reason = 'เรื่องเดียวกัน',
  ) =>
    client.request('POST', `/api/v1/needs/${into.id}/merge`, {
      body: { needIds, reason },
      headers: ifMatch(version),
    });

  it('keeps every source on the target, sums beneficiaries and leaves merged needs readable', async () => {
    const response = await merge(planner, target, 1, [first.id, second.id]);
    expect(response.statusCode).toBe(200);
    expect(response.json().need).toMatchObject({ id: target.id, households: 150, people: 440, version: 2 });
    expect(
      response
        .json()
        .merged.map((need: { id: string }) => need.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    const detail = (await planner.request('GET', `/api/v1/needs/${target.id}`)).json();
    expect(
      detail.sources.map((source: { fromReferenceNo: string; origin: string; households: number }) => [
        source.fromReferenceNo,
        source.origin,
        source.households,
      ]),
    ).toEqual([
      [target.referenceNo, 'village_plan', 100],
      [first.referenceNo, 'complaint', 40],
      [second.referenceNo, 'public_forum', 10],
    ]);
    expect(detail.sources[1].sourceDocument).toBe('เรื่องร้องเรียน 12/2569');
    expect(detail.outcome.mergedFrom.map((need: { id: string }) => need.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(detail.audit.at(-1)).toMatchObject({
      action: 'merge',
      reason: 'เรื่องเดียวกัน',
      changes: { households: [100, 150], people: [300, 440] },
    });
    const merged = (await planner.request('GET', `/api/v1/needs/${first.id}`)).json();
    expect(merged).toMatchObject({ status: 'merged', mergedIntoId: target.id, statusReason: 'เรื่องเดียวกัน' });
    expect(merged.outcome.mergedInto).toMatchObject({ id: target.id, referenceNo: target.referenceNo });
    expect(merged.sources).toHaveLength(1);
    expect(merged.audit.at(-1)).toMatchObject({
      action: 'merged_into',
      reason: 'เรื่องเดียวกัน',
      changes: { status: ['received', 'merged'] },
    });
    expect(merged.availableTransitions).toEqual([]);
  });

  it('refuses editing a merged need and leaves it out of similar candidates', async () => {
    const edit = await planner.request('PATCH', `/api/v1/needs/${first.id}`, {
      body: { people: 1 },
      headers: { 'if-match': '"2"' },
    });
    expect(edit.statusCode).toBe(409);
    const items = (await similar(planner, { title: 'น้ำประปาไม่ไหล', areaCode: '300103' })).json().items;
    expect(items.map((item: Candidate) => item.id)).not.toContain(first.id);
  });

  it('cannot merge a need into itself, merge a merged need, or merge into one', async () => {
    const self = await merge(planner, target, 2, [target.id]);
    expect(self.statusCode).toBe(400);
    expect(fieldErrors(self).needIds?.en).toBe('A need cannot be merged into itself');
    const twice = await merge(planner, target, 2, [first.id]);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().messages.en).toBe(
      `${first.referenceNo}: Cannot merge a need whose status is "merged"`,
    );
    const fresh = await createNeedVia(planner, { areaCode: '300103', title: 'ประปาเสีย' });
    const into = await merge(planner, first, 2, [fresh.id]);
    expect(into.statusCode).toBe(409);
    expect(into.json().messages.th).toContain('รวมเข้ากับความต้องการที่มีสถานะ');
  });

  it('is all or nothing: one bad need stops the whole merge', async () => {
    const fresh = await createNeedVia(planner, { areaCode: '300103', title: 'ท่อประปาแตก' });
    const mixed = await merge(planner, target, 2, [fresh.id, second.id]);
    expect(mixed.statusCode).toBe(409);
    const after = (await planner.request('GET', `/api/v1/needs/${fresh.id}`)).json();
    expect(after).toMatchObject({ status: 'received', version: 1, mergedIntoId: null });
    expect((await planner.request('GET', `/api/v1/needs/${target.id}`)).json()).toMatchObject({
      households: 150,
      version: 2,
    });
  });

  it('only merges needs in the capture scope and checks the version', async () => {
    const own = await createNeedVia(planner, { areaCode: '300103', title: 'ประปาขุ่น' });
    const foreign = await createNeedVia(chiangMai, { areaCode: '500101', title: 'ประปาขุ่น' });
    expect((await merge(planner, target, 2, [own.id, foreign.id])).statusCode).toBe(404);
    expect((await merge(chiangMai, target, 2, [foreign.id])).statusCode).toBe(404);
    const outside = await createNeedVia(planner, { areaCode: '300201', title: 'ประปาขุ่น' });
    expect((await merge(district, target, 2, [own.id])).statusCode).toBe(200);
    const targetNow = (await planner.request('GET', `/api/v1/needs/${target.id}`)).json();
    expect(targetNow.version).toBe(3);
    expect((await merge(district, target, 3, [outside.id])).statusCode).toBe(403);
    expect((await merge(planner, target, 2, [outside.id])).statusCode).toBe(412);
    expect((await planner.request('GET', `/api/v1/needs/${outside.id}`)).json().status).toBe('received');
    expect(
      (
        await planner.request('POST', `/api/v1/needs/${target.id}/merge`, {
          body: { needIds: [outside.id] },
          headers: { 'if-match': '"3"' },
        })
      ).statusCode,
    ).toBe(400);
  });
});
