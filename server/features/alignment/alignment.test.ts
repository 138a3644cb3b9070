import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
let auditor: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  admin = await context.signIn('admin');
  planner = await context.signIn('planner.korat');
  auditor = await context.signIn('auditor');
});
afterAll(() => context.close());

type Node = {
  id: string;
  code: string;
  titleTh: string;
  level: string;
  isVerified: boolean;
  childCount: number;
  version: number;
};

async function list(client: TestClient, query: string): Promise<{ items: Node[]; total: number }> {
  const response = await client.request('GET', `/api/v1/alignment/nodes?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe('alignment reference trees', () => {
  it('seeds the six strategies with their exact titles, verified', async () => {
    const { items } = await list(planner, 'scheme=national_strategy');
    expect(items.map((node) => node.titleTh)).toEqual([
      'ยุทธศาสตร์ชาติด้านความมั่นคง',
      'ยุทธศาสตร์ชาติด้านการสร้างความสามารถในการแข่งขัน',
      'ยุทธศาสตร์ชาติด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์',
      'ยุทธศาสตร์ชาติด้านการสร้างโอกาสและความเสมอภาคทางสังคม',
      'ยุทธศาสตร์ชาติด้านการสร้างการเติบโตบนคุณภาพชีวิตที่เป็นมิตรต่อสิ่งแวดล้อม',
      'ยุทธศาสตร์ชาติด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ',
    ]);
    expect(items.every((node) => node.isVerified)).toBe(true);
  });

  it('seeds 23 master plans of the 2566 revision, 13 milestones and 17 SDGs (17th unverified)', async () => {
    const masterPlans = await list(planner, 'scheme=master_plan&schemeVersion=2566-rev');
    expect(masterPlans.total).toBe(23);
    expect(masterPlans.items[7]?.titleTh).toBe('ผู้ประกอบการและวิสาหกิจขนาดกลางและขนาดย่อมยุคใหม่');
    expect(masterPlans.items[18]).toMatchObject({
      code: '19',
      titleTh: 'การบริหารจัดการน้ำทั้งระบบ',
      childCount: 1,
    });
    const milestones = await list(planner, 'scheme=nesdp13');
    expect(milestones.total).toBe(13);
    expect(milestones.items[1]?.titleTh).toBe('ไทยเป็นจุดหมายของการท่องเที่ยวที่เน้นคุณภาพและความยั่งยืน');
    const goals = await list(planner, 'scheme=sdg');
    expect(goals.total).toBe(17);
    expect(goals.items.filter((node) => !node.isVerified).map((node) => node.code)).toEqual(['17']);
  });

  it('walks a placeholder branch down to Y1 targets and back up through the ancestors', async () => {
    const [agriculture] = (await list(planner, 'scheme=master_plan&q=การเกษตร')).items.filter(
      (node) => node.code === '03',
    );
    const y2 = (await list(planner, `parentId=${agriculture?.id}`)).items;
    expect(y2).toHaveLength(1);
    expect(y2[0]?.titleTh.startsWith('[ตัวอย่าง รอนำเข้าจากราชกิจจานุเบกษา]')).toBe(true);
    const y1 = await list(planner, 'level=sub_plan_target_y1&limit=100');
    expect(y1.total).toBeGreaterThanOrEqual(8);
    expect(y1.items.every((node) => !node.isVerified)).toBe(true);
    const detail = await planner.request('GET', `/api/v1/alignment/nodes/${y1.items[0]?.id}`);
    expect(detail.json().ancestors.map((node: Node) => node.level)).toEqual([
      'master_plan',
      'master_plan_target_y2',
      'sub_plan',
    ]);
  });

  it('lets only an administrator add and edit nodes, audited, with If-Match', async () => {
    const goals = await list(admin, 'scheme=sdg');
    const goal6 = goals.items.find((node) => node.code === '6');
    const body = {
      scheme: 'sdg',
      schemeVersion: '2015-2030',
      level: 'target',
      parentId: goal6?.id,
      code: '6.1',
      titleTh: 'การเข้าถึงน้ำดื่มที่ปลอดภัย',
    };
    expect((await planner.request('POST', '/api/v1/alignment/nodes', { body })).statusCode).toBe(403);
    const created = await admin.request('POST', '/api/v1/alignment/nodes', { body });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(
      (await admin.request('PATCH', `/api/v1/alignment/nodes/${id}`, { body: { isVerified: true } }))
        .statusCode,
    ).toBe(428);
    expect(
      (
        await planner.request('PATCH', `/api/v1/alignment/nodes/${id}`, {
          body: { isVerified: true },
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(403);
    const edited = await admin.request('PATCH', `/api/v1/alignment/nodes/${id}`, {
      body: { isVerified: true, source: 'https://sdgs.nesdc.go.th/' },
      headers: { 'if-match': '"1"' },
    });
    expect(edited.json()).toMatchObject({ isVerified: true, version: 2 });
    const stale = await admin.request('PATCH', `/api/v1/alignment/nodes/${id}`, {
      body: { titleTh: 'ทับ' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    const audit = await auditor.request('GET', `/api/v1/audit?entityType=alignment_node&entityId=${id}`);
    expect(
      audit
        .json()
        .items.map((event: { action: string }) => event.action)
        .sort(),
    ).toEqual(['create', 'update']);
  });

  it('refuses a node under a parent of the wrong level and a duplicate code, in both languages', async () => {
    const [strategy] = (await list(admin, 'scheme=national_strategy')).items;
    const wrong = await admin.request('POST', '/api/v1/alignment/nodes', {
      body: {
        scheme: 'national_strategy',
        schemeVersion: '2561-2580',
        level: 'strategy',
        parentId: strategy?.id,
        code: '9',
        titleTh: 'x',
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({
      path: 'parentId',
      message: { en: 'A strategy node has no parent' },
    });
    const duplicate = await admin.request('POST', '/api/v1/alignment/nodes', {
      body: {
        scheme: 'national_strategy',
        schemeVersion: '2561-2580',
        level: 'strategy',
        code: '1',
        titleTh: 'ซ้ำ',
      },
    });
    expect(duplicate.statusCode).toBe(409);
    const blank = await admin.request('POST', '/api/v1/alignment/nodes', {
      body: { scheme: 'sdg', schemeVersion: '2015-2030', level: 'goal', code: '', titleTh: '' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors.find((error: { path: string }) => error.path === 'titleTh').message.th).toBe(
      'กรุณาระบุชื่อภาษาไทย',
    );
  });

  it('asks for sign-in and hides unknown nodes', async () => {
    expect((await context.app.inject({ method: 'GET', url: '/api/v1/alignment/nodes' })).statusCode).toBe(
      401,
    );
    expect(
      (await planner.request('GET', '/api/v1/alignment/nodes/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });
});
