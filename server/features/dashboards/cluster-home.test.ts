import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPlanSummary } from '../../../domain/action-plans/responses.js';
import type { Home, HomeItemKey } from '../../../domain/dashboards/home.js';
import type { NeedList } from '../../../domain/needs/need-response.js';
import type { PlanPage } from '../../../domain/plans/responses.js';
import type { ResultsSummary } from '../../../domain/results/results-response.js';
import {
  actorOf,
  createNeedVia,
  createProjectAt,
  expectStatus,
  koratBuriramClusterProject,
  projectBody,
  signInAll,
  signInBuriramPlanner,
} from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { clusters } from '../areas/tables.js';
import { projects } from '../projects/tables.js';
import { json } from './test-dashboards.js';

/**
 * A cluster office (ก.บ.ก. secretariat) chases its cluster's own work: its member provinces' needs,
 * the cluster's plans, action plan and projects. Its first member province, Korat, holds different
 * work of its own, so a home speaking for that province would show other numbers.
 */
let context: TestContext;
let officer: TestClient;
let korat: TestClient;
let buriram: TestClient;
let admin: TestClient;
let analyst: TestClient;
/** A cluster officer who also sees Chiang Mai (50), outside the cluster: their whole view is not the cluster. */
let widerOfficer: TestClient;
let clusterId: number;
let clusterProjectIds: string[] = [];
let provinceProjectId: string;

const home = (client: TestClient) => json<Home>(client, '/api/v1/dashboards/home?fiscalYear=2569');
const countOf = (page: Home, key: HomeItemKey) => page.items.find((item) => item.key === key)?.count;

/** The unit's 2569 action plan with the projects within its ceiling, a ceiling of one baht they exceed. */
async function overCeilingPlan(
  client: TestClient,
  placement: { scope: 'province'; provinceCode: string } | { scope: 'cluster'; clusterId: number },
  projectIds: readonly string[],
) {
  const plan = await expectStatus(client, 201, 'POST', '/api/v1/action-plans', {
    ...placement,
    fiscalYear: 2569,
  });
  await expectStatus(admin, 200, 'PUT', '/api/v1/action-plan-ceilings', {
    fiscalYear: 2569,
    budgetUnit: plan.budgetUnit,
    amountSatang: '100',
  });
  for (const projectId of projectIds) {
    await expectStatus(client, 201, 'POST', `/api/v1/action-plans/${plan.id}/entries`, {
      projectId,
      entryClass: 'within',
    });
  }
}

beforeAll(async () => {
  context = await createTestContext();
  let chiangMai: TestClient;
  [officer, korat, admin, analyst, chiangMai] = await signInAll(context, [
    'cluster.nelower1',
    'planner.korat',
    'admin',
    'analyst',
    'planner.chiangmai',
  ] as const);
  buriram = await signInBuriramPlanner(context);
  const [cluster] = await context.database.db
    .select({ id: clusters.id })
    .from(clusters)
    .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
  clusterId = cluster?.id ?? 0;

  // Needs waiting to be screened: one in Korat, two in Buriram (both member provinces).
  await createNeedVia(korat, { fiscalYear: 2569 });
  for (const title of ['บ่อน้ำตื้นแห้งขอด', 'ไฟฟ้าส่องสว่างทางเข้าหมู่บ้าน']) {
    await createNeedVia(buriram, { fiscalYear: 2569, areaCode: '310101', title });
  }
  // One waiting in Chiang Mai, outside the cluster.
  await createNeedVia(chiangMai, { fiscalYear: 2569, areaCode: '500101' });
  await expectStatus(admin, 201, 'POST', '/api/v1/users', {
    username: 'cluster.wider',
    displayName: 'เจ้าหน้าที่กลุ่มจังหวัดที่เห็นเชียงใหม่ด้วย (ทดสอบ)',
    password: 'areaplan-test-password',
    roles: ['cluster_officer'],
    captureScope: [`cluster:${clusterId}`],
    viewScope: [`cluster:${clusterId}`, '50'],
  });
  widerOfficer = await context.signIn('cluster.wider', 'areaplan-test-password');
  // Draft plans: Korat's own and the cluster's (placed at its operations centre, Korat).
  await expectStatus(korat, 201, 'POST', '/api/v1/plans', {
    scope: 'province',
    provinceCode: '30',
    title: 'แผนพัฒนาจังหวัดทดสอบ',
    periodStart: 2566,
  });
  await expectStatus(officer, 201, 'POST', '/api/v1/plans', {
    scope: 'cluster',
    clusterId,
    title: 'แผนพัฒนากลุ่มจังหวัดทดสอบ',
    periodStart: 2566,
  });
  // Projects whose fourth-quarter report is due: two of the cluster's, one of Korat's.
  for (const title of ['ก่อสร้างถนนเชื่อมโยงการท่องเที่ยวกลุ่มจังหวัด', 'พัฒนาตลาดสินค้าเกษตรกลุ่มจังหวัด']) {
    const created = await expectStatus(officer, 201, 'POST', '/api/v1/projects', {
      ...projectBody(koratBuriramClusterProject(clusterId)),
      title,
    });
    clusterProjectIds.push(created.id);
  }
  clusterProjectIds = clusterProjectIds.sort();
  await context.database.db
    .update(projects)
    .set({ status: 'allocated' })
    .where(inArray(projects.id, clusterProjectIds));
  provinceProjectId = (await createProjectAt(context, korat, 'allocated')).id;
  // Both units' action plans count more than their ceilings.
  await overCeilingPlan(officer, { scope: 'cluster', clusterId }, clusterProjectIds);
  await overCeilingPlan(korat, { scope: 'province', provinceCode: '30' }, [provinceProjectId]);
}, 600_000);
afterAll(() => context.close());

describe('a cluster office’s home', () => {
  it('speaks for the cluster whose first member province is Korat', async () => {
    const actor = await actorOf(context, 'cluster.nelower1');
    expect(actor.viewScope.areaCodes[0]).toBe('30');
    expect(await home(officer)).toMatchObject({ kind: 'planner', areaCode: null, clusterId, quarter: 4 });
  });

  it('counts the needs waiting across the member provinces, the ones the needs list of the cluster shows', async () => {
    for (const client of [officer, widerOfficer]) {
      const page = await home(client);
      expect(page.clusterId).toBe(clusterId);
      expect(countOf(page, 'needsToScreen')).toBe(3);
      const waiting = await json<NeedList>(
        client,
        `/api/v1/needs?status=received&fiscalYear=2569&clusterId=${clusterId}&limit=50`,
      );
      expect(waiting.total).toBe(3);
      expect(waiting.items.map((need) => need.areaCode.slice(0, 2)).sort()).toEqual(['30', '31', '31']);
    }
    // Without the cluster the list is the officer's whole view, Chiang Mai's need too.
    expect((await json<NeedList>(widerOfficer, '/api/v1/needs?status=received&fiscalYear=2569')).total).toBe(
      4,
    );
  });

  it('counts the cluster’s own draft plans, the ones the plans list of the cluster shows', async () => {
    expect(countOf(await home(officer), 'draftPlans')).toBe(1);
    const plans = await json<PlanPage>(officer, `/api/v1/plans?clusterId=${clusterId}&limit=20`);
    expect(plans.items.map((plan) => plan.latestVersion?.status)).toEqual(['draft']);
  });

  it('counts the cluster’s action plan over its ceiling, the one the action plans list of the cluster shows', async () => {
    expect(countOf(await home(officer), 'actionPlansOverCeiling')).toBe(1);
    const plans = await json<{ items: ActionPlanSummary[] }>(
      officer,
      `/api/v1/action-plans?fiscalYear=2569&clusterId=${clusterId}`,
    );
    expect(plans.items.map((plan) => plan.budgetUnit)).toEqual([`C${clusterId}`]);
  });

  it('counts the cluster’s projects missing their quarter’s report, the ones the cluster’s results list', async () => {
    expect(countOf(await home(officer), 'reportsDue')).toBe(2);
    const summary = await json<ResultsSummary>(
      officer,
      `/api/v1/results/summary?fiscalYear=2569&quarter=4&clusterId=${clusterId}`,
    );
    expect(summary.missingReports.map((project) => project.projectId).sort()).toEqual(clusterProjectIds);
  });

  it('keeps the cluster’s results summary to the cluster office and the centre, a province or a cluster', async () => {
    for (const planner of [korat, buriram]) {
      const refused = await planner.request(
        'GET',
        `/api/v1/results/summary?fiscalYear=2569&quarter=4&clusterId=${clusterId}`,
      );
      expect(refused.statusCode, refused.body).toBe(403);
    }
    const nation = await json<ResultsSummary>(
      analyst,
      `/api/v1/results/summary?fiscalYear=2569&quarter=4&clusterId=${clusterId}`,
    );
    expect(nation.missingReports).toHaveLength(2);
    const both = await officer.request(
      'GET',
      `/api/v1/results/summary?fiscalYear=2569&quarter=4&provinceCode=30&clusterId=${clusterId}`,
    );
    expect(both.statusCode).toBe(400);
    expect(both.body).toContain('ระบุจังหวัดหรือกลุ่มจังหวัดอย่างใดอย่างหนึ่ง');
  });
});

describe('a province planner’s home', () => {
  it('still counts its province: its needs, plans placed there, units there and its own projects', async () => {
    const page = await home(korat);
    expect(page).toMatchObject({ kind: 'planner', areaCode: '30', clusterId: null });
    expect(countOf(page, 'needsToScreen')).toBe(1);
    // As before, plans and action plans placed in the province count there, the cluster's too.
    expect(countOf(page, 'draftPlans')).toBe(2);
    expect(countOf(page, 'actionPlansOverCeiling')).toBe(2);
    expect(countOf(page, 'reportsDue')).toBe(1);
    const summary = await json<ResultsSummary>(
      korat,
      '/api/v1/results/summary?fiscalYear=2569&quarter=4&provinceCode=30',
    );
    expect(summary.missingReports.map((project) => project.projectId)).toEqual([provinceProjectId]);
  });
});
