import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrphanList } from '../../../domain/results/orphans.js';
import { selectRows } from '../../platform/db/client.js';
import { createNeedVia, createProjectAt, createReadyPlan, expectStatus } from '../../test/factories.js';
import { planVersions } from '../plans/tables.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

/**
 * The orphans report's lists read one keyset page in SQL: walking the
 * pages gives the items and order the hand-made queries give (what the lists held when they were
 * paged in memory), whatever the page size.
 */
let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
  chiangmai = await context.signIn('planner.chiangmai');
  const plan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['30']);
  const kpiIds = [plan.kpiId];
  for (const name of ['พื้นที่เกษตรปลอดภัย', 'ครัวเรือนมีน้ำประปา', 'ถนนได้มาตรฐาน', 'ผู้สูงอายุได้รับการดูแล']) {
    const kpi = await expectStatus(korat, 201, 'POST', `/api/v1/plan-objectives/${plan.objectiveId}/kpis`, {
      name,
      unit: 'ร้อยละ',
      direction: 'higher_is_better',
      rollup: 'mean',
      targets: [{ fiscalYear: 2569, areaCode: null, value: 80 }],
    });
    kpiIds.push(kpi.id as string);
  }
  await context.database.db
    .update(planVersions)
    .set({ status: 'published' })
    .where(eq(planVersions.id, plan.versionId));
  for (const kpiId of kpiIds.slice(1)) {
    await expectStatus(korat, 200, 'PUT', `/api/v1/results/kpis/${kpiId}/actuals`, {
      fiscalYear: 2569,
      period: 0,
      actualValue: '10',
      dataSource: 'สำนักงานจังหวัด',
    });
  }
  for (const [index, status] of (['completed', 'closed', 'completed', 'spending'] as const).entries()) {
    const project = await createProjectAt(context, korat, status, {
      title: `โครงการทดสอบลำดับ ${index}`,
      ...(status === 'spending' ? { links: { kpiIds: [kpiIds[1]], needIds: [], alignment: [] } } : {}),
    });
    if (status === 'spending') {
      continue;
    }
    await expectStatus(korat, 201, 'POST', `/api/v1/assets/projects/${project.id}`, {
      assets: ['เครื่องพ่นยา', 'ป้ายจราจร', 'เครื่องสูบน้ำ'].map((description, n) => ({
        type: 'equipment',
        description,
        quantity: 1,
        valueSatang: '500000',
        handoverDate: '2026-03-31',
        locationAreaCode: '300101',
        condition: 'good',
        ...(n === 1 ? { custodianName: 'เทศบาลตำบลโนนสูง' } : {}),
      })),
    });
  }
  for (const title of ['ถนนลูกรังชำรุด', 'ขาดแคลนน้ำประปา', 'ไฟฟ้าส่องสว่างไม่พอ', 'ฝายชำรุด', 'รับเรื่องใหม่']) {
    await createNeedVia(korat, { title });
  }
  await createNeedVia(chiangmai, { areaCode: '500101', title: 'ของเชียงใหม่' });
  await context.database.db.execute(
    sql`update needs set created_at = now() - interval '200 days' where title <> 'รับเรื่องใหม่'`,
  );
}, 300_000);
afterAll(() => context.close());

const PROJECTS = `projects p where p.province_code = '30' and p.fiscal_year = 2569 and p.scope = 'province'`;
const HAND_MADE: Record<string, string> = {
  kpis_without_projects: `select k.id from plan_kpis k where k.province_code = '30'
    and exists (select 1 from kpi_targets t where t.kpi_id = k.id and t.fiscal_year = 2569)
    and not exists (select 1 from project_kpis l, ${PROJECTS} and p.id = l.project_id and l.kpi_id = k.id)
    order by k.id`,
  missed_targets: `select kpi_id as id from kpi_actuals where province_code = '30' and fiscal_year = 2569
    and period = 0 and not achieved order by kpi_id`,
  unanswered_needs: `select id from needs where province_code = '30' and status in ('received', 'screened')
    and created_at < now() - interval '90 days' order by reference_no`,
  projects_without_kpi: `select id from ${PROJECTS}
    and not exists (select 1 from project_kpis k where k.project_id = p.id) order by code`,
  assets_without_receiver: `select id from assets where province_code = '30' and custodian_agency_id is null
    and custodian_name is null order by code`,
  completed_without_results: `select id from ${PROJECTS} and p.status in ('completed', 'closed')
    and not exists (select 1 from progress_reports r where r.project_id = p.id) order by code`,
};

async function walk(kind: string, limit: number) {
  const pages: OrphanList[] = [];
  let cursor: string | null = null;
  do {
    const url = `/api/v1/results/orphans/${kind}?provinceCode=30&fiscalYear=2569&limit=${limit}`;
    const page = (await expectStatus(
      korat,
      200,
      'GET',
      cursor ? `${url}&cursor=${cursor}` : url,
    )) as unknown as OrphanList;
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

describe('the orphans lists, a keyset page at a time', () => {
  it('walk to the hand-made list in the same order at any page size, the roll-up count on each page', async () => {
    for (const [kind, query] of Object.entries(HAND_MADE)) {
      const expected = (await selectRows<{ id: string }>(context.database.db, sql.raw(query))).map(
        (row) => row.id,
      );
      expect(expected.length, kind).toBeGreaterThanOrEqual(3);
      for (const limit of [1, 2, 500]) {
        const pages = await walk(kind, limit);
        expect(
          pages.flatMap((page) => page.items.map((item) => item.id)),
          `${kind} by ${limit}`,
        ).toEqual(expected);
        expect(pages.length, `${kind} by ${limit}`).toBe(Math.max(1, Math.ceil(expected.length / limit)));
        expect(new Set(pages.map((page) => page.total)), kind).toEqual(new Set([expected.length]));
      }
    }
  });
});
