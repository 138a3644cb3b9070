import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORPHAN_KINDS, type OrphanCounts, type OrphanList } from '../../../domain/results/orphans.js';
import { selectRows } from '../../platform/db/client.js';
import {
  createNeedVia,
  createProjectAt,
  createReadyPlan,
  expectStatus,
  signInAll,
} from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { statementsWaitingOnALock } from '../../test/lock-wait.js';
import { needs } from '../needs/tables.js';
import { planVersions } from '../plans/tables.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let auditor: TestClient;
let bareId: string;
let kpiA: string;
let kpiB: string;
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai, auditor] = await signInAll(context, [
    'planner.korat',
    'planner.chiangmai',
    'auditor',
  ] as const);
  const plan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['30']);
  kpiA = plan.kpiId;
  kpiB = (
    await expectStatus(korat, 201, 'POST', `/api/v1/plan-objectives/${plan.objectiveId}/kpis`, {
      name: 'พื้นที่เกษตรปลอดภัย',
      unit: 'ไร่',
      direction: 'higher_is_better',
      rollup: 'sum',
      targets: [{ fiscalYear: 2569, areaCode: null, value: 5000 }],
    })
  ).id as string;
  await context.database.db
    .update(planVersions)
    .set({ status: 'published' })
    .where(eq(planVersions.id, plan.versionId));
  const linked = await createProjectAt(context, korat, 'completed', {
    links: { kpiIds: [kpiA], needIds: [], alignment: [] },
  });
  const bare = await createProjectAt(context, korat, 'completed', { title: 'โครงการไม่มีตัวชี้วัด' });
  bareId = bare.id;
  await expectStatus(korat, 200, 'PUT', `/api/v1/results/projects/${linked.id}/progress`, {
    fiscalYear: 2569,
    quarter: 4,
    physicalPercent: 100,
    status: 'completed',
  });
  await expectStatus(korat, 200, 'PUT', `/api/v1/results/kpis/${kpiA}/actuals`, {
    fiscalYear: 2569,
    period: 0,
    actualValue: '50000',
    dataSource: 'สำนักงานเกษตรจังหวัด',
  });
  await expectStatus(korat, 201, 'POST', `/api/v1/assets/projects/${bare.id}`, {
    assets: [
      {
        type: 'equipment',
        description: 'เครื่องพ่นยา',
        quantity: 1,
        valueSatang: '500000',
        handoverDate: '2026-03-31',
        locationAreaCode: '300101',
        condition: 'good',
      },
    ],
  });
  const old = await createNeedVia(korat);
  await createNeedVia(korat, { title: 'ความต้องการที่เพิ่งรับเรื่อง' });
  await context.database.db
    .update(needs)
    .set({ createdAt: sql`now() - interval '200 days'` })
    .where(eq(needs.id, old.id));
}, 300_000);
afterAll(() => context.close());

const handMade = async (query: string) =>
  Number(
    (
      await selectRows<{ n: number }>(context.database.db, sql.raw(`select count(*)::int as n from ${query}`))
    )[0]?.n,
  );

const counts = async (client: TestClient, where: string) => {
  const response = await client.request('GET', `/api/v1/results/orphans?fiscalYear=2569&${where}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as OrphanCounts;
};

describe('the orphans report', () => {
  it('counts what hand-made queries count, each kind at least once here', async () => {
    const response = await korat.request('GET', '/api/v1/results/orphans?provinceCode=30&fiscalYear=2569');
    expect(response.statusCode, response.body).toBe(200);
    const { counts } = response.json() as OrphanCounts;
    const projects = `projects p where p.province_code = '30' and p.fiscal_year = 2569 and p.scope = 'province'`;
    expect(counts).toEqual({
      unanswered_needs: await handMade(
        `needs where province_code = '30' and status in ('received', 'screened') and created_at < now() - interval '90 days'`,
      ),
      projects_without_kpi: await handMade(
        `${projects} and not exists (select 1 from project_kpis k where k.project_id = p.id)`,
      ),
      kpis_without_projects: await handMade(
        `plan_kpis k where k.province_code = '30' and exists (select 1 from kpi_targets t where t.kpi_id = k.id and t.fiscal_year = 2569)
          and not exists (select 1 from project_kpis l join projects p on p.id = l.project_id
            where l.kpi_id = k.id and p.fiscal_year = 2569 and p.scope = 'province')`,
      ),
      missed_targets: await handMade(
        `kpi_actuals where province_code = '30' and fiscal_year = 2569 and period = 0 and not achieved`,
      ),
      assets_without_receiver: await handMade(
        `assets where province_code = '30' and custodian_agency_id is null and custodian_name is null`,
      ),
      completed_without_results: await handMade(
        `${projects} and p.status in ('completed', 'closed')
          and not exists (select 1 from progress_reports r where r.project_id = p.id)`,
      ),
    });
    expect(Object.values(counts).every((count) => count >= 1)).toBe(true);
  });

  it('lists as many of each kind as the roll-up counts', async () => {
    const { counts: rolled } = await counts(korat, 'provinceCode=30');
    for (const kind of ORPHAN_KINDS) {
      const response = await korat.request(
        'GET',
        `/api/v1/results/orphans/${kind}?provinceCode=30&fiscalYear=2569&limit=500`,
      );
      const list = response.json() as OrphanList;
      expect([list.items.length, list.total], kind).toEqual([rolled[kind], rolled[kind]]);
    }
  });

  it('lists each kind, paged by code', async () => {
    const list = async (kind: string, extra = '') =>
      (
        await korat.request('GET', `/api/v1/results/orphans/${kind}?provinceCode=30&fiscalYear=2569${extra}`)
      ).json() as OrphanList;
    expect((await list('kpis_without_projects')).items.map((item) => item.id)).toEqual([kpiB]);
    expect((await list('missed_targets')).items.map((item) => item.id)).toEqual([kpiA]);
    const bare = await list('projects_without_kpi', '&limit=1');
    expect(bare).toMatchObject({ total: 1, nextCursor: null, items: [{ title: 'โครงการไม่มีตัวชี้วัด' }] });
    expect((await list('unanswered_needs')).items.map((item) => item.title)).toEqual(['ถนนลูกรังชำรุดในหมู่บ้าน']);
  });

  it('adds a cluster’s members and the nation’s provinces, each province a link to its lists', async () => {
    const province = await counts(auditor, 'provinceCode=30');
    const [member] = await selectRows<{ clusterId: number }>(
      context.database.db,
      sql`select cluster_id as "clusterId" from cluster_memberships where province_code = '30' and valid_to is null`,
    );
    const cluster = await counts(auditor, `clusterId=${member?.clusterId}`);
    expect(cluster).toMatchObject({ level: 'cluster', counts: province.counts });
    expect(cluster.provinces).toEqual([{ provinceCode: '30', counts: province.counts }]);
    const nation = await counts(auditor, '');
    expect(nation).toMatchObject({ level: 'nation', provinceCode: null, counts: province.counts });
  });

  it('shows a scoped reader only its own provinces at cluster and national level', async () => {
    const nation = await counts(chiangmai, '');
    expect(nation.provinces.map((row) => row.provinceCode)).not.toContain('30');
    expect(nation.counts.missed_targets).toBe(0);
    const [member] = await selectRows<{ clusterId: number }>(
      context.database.db,
      sql`select cluster_id as "clusterId" from cluster_memberships where province_code = '30' and valid_to is null`,
    );
    expect((await counts(chiangmai, `clusterId=${member?.clusterId}`)).provinces).toEqual([]);
  });

  it('follows a progress report as it comes in (the roll-up is trigger-kept)', async () => {
    const before = (await counts(korat, 'provinceCode=30')).counts.completed_without_results;
    await expectStatus(korat, 200, 'PUT', `/api/v1/results/projects/${bareId}/progress`, {
      fiscalYear: 2569,
      quarter: 4,
      physicalPercent: 100,
      status: 'completed',
    });
    expect((await counts(korat, 'provinceCode=30')).counts.completed_without_results).toBe(before - 1);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'lets two transactions recount one province at once, the later waiting for the earlier',
    async () => {
      const { db } = context.database;
      const ids = await selectRows<{ id: string }>(
        db,
        sql`select id from projects where province_code = '30' order by code limit 2`,
      );
      const touch = (id: string | undefined) => sql`update projects set title = title where id = ${id}`;
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let touched = () => {};
      const first = new Promise<void>((resolve) => (touched = resolve));
      const earlier = db.transaction(async (tx) => {
        await tx.execute(touch(ids[0]?.id));
        touched();
        await held;
      });
      await first;
      const later = db.transaction(async (tx) => {
        await tx.execute(touch(ids[1]?.id));
      });
      // Released whatever happens: a transaction left open would hang the file's clean-up.
      const waiting = await statementsWaitingOnALock(db).finally(release);
      expect(waiting).toBe(1);
      await expect(Promise.all([earlier, later])).resolves.toBeDefined();
    },
  );

  it('refuses a province and a cluster together', async () => {
    const response = await auditor.request(
      'GET',
      '/api/v1/results/orphans?fiscalYear=2569&provinceCode=30&clusterId=1',
    );
    expect(response.statusCode).toBe(400);
  });

  it('is closed to another province', async () => {
    const response = await chiangmai.request(
      'GET',
      '/api/v1/results/orphans?provinceCode=30&fiscalYear=2569',
    );
    expect(response.statusCode).toBe(403);
  });
});
