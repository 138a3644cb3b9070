import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Home } from '../../../domain/dashboards/home.js';
import { RULE_GATED_STATUSES, type RulesFailing } from '../../../domain/dashboards/rules-failing.js';
import { blockingFailures } from '../../../domain/projects/rules/evaluate.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import {
  actorOf,
  expectStatus,
  koratBuriramClusterProject,
  projectBody,
  signInAll,
  signInBuriramPlanner,
} from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { clusters } from '../areas/tables.js';
import { settleRuleVerdicts } from '../budget/public.js';
import { evaluateProject } from '../budget/rule-results.js';
import { projectRuleVerdicts } from '../budget/verdict-tables.js';
import { loadProjectsByIds } from '../projects/public.js';
import { projects } from '../projects/tables.js';
import { expectRulesFailingWalk, json } from './test-dashboards.js';

/**
 * Each province and each cluster is its own budget unit (domain §1.4): the cluster office (ก.บ.ก.
 * secretariat) chases its cluster's projects failing a blocking rule; a member province's planner
 * chases their province's own and reads a cluster project only as a project.
 */
let context: TestContext;
let officer: TestClient;
let korat: TestClient;
let buriram: TestClient;
let chiangmai: TestClient;
let analyst: TestClient;
let clusterId: number;
const clusterIds: string[] = [];
let provinceProjectId: string;

beforeAll(async () => {
  context = await createTestContext();
  [officer, korat, chiangmai, analyst] = await signInAll(context, [
    'cluster.nelower1',
    'planner.korat',
    'planner.chiangmai',
    'analyst',
  ] as const);
  buriram = await signInBuriramPlanner(context);
  const [cluster] = await context.database.db
    .select({ id: clusters.id })
    .from(clusters)
    .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
  clusterId = cluster?.id ?? 0;
  // No plan link: the blocking plan-link rule fails for each of them.
  for (const title of ['ก่อสร้างถนนเชื่อมโยงการท่องเที่ยวกลุ่มจังหวัด', 'พัฒนาตลาดสินค้าเกษตรกลุ่มจังหวัด']) {
    const created = await expectStatus(officer, 201, 'POST', '/api/v1/projects', {
      ...projectBody(koratBuriramClusterProject(clusterId)),
      title,
    });
    clusterIds.push(created.id);
  }
  provinceProjectId = (await expectStatus(korat, 201, 'POST', '/api/v1/projects', projectBody())).id;
}, 600_000);
afterAll(() => context.close());

const list = (client: TestClient, query: string) =>
  json<RulesFailing>(client, `/api/v1/dashboards/rules-failing?fiscalYear=2569&${query}&limit=200`);
const rulesFailingCount = async (client: TestClient) => {
  const home = await json<Home>(client, '/api/v1/dashboards/home?fiscalYear=2569');
  return { home, count: home.items.find((item) => item.key === 'rulesFailing')?.count };
};

describe('the cluster office’s projects failing a blocking rule', () => {
  it('counts its cluster’s projects from the roll-up, the ones its list shows, each as judged fresh', async () => {
    const { home, count } = await rulesFailingCount(officer);
    expect(home.clusterId).toBe(clusterId);
    const page = await list(officer, `clusterId=${clusterId}`);
    expect(page).toMatchObject({ provinceCode: null, clusterId, nextCursor: null });
    expect(page.items.map((item) => item.id).sort()).toEqual([...clusterIds].sort());
    expect(count).toBe(page.items.length);
    for (const item of page.items) {
      expect(RULE_GATED_STATUSES as readonly string[]).toContain(item.status);
      const fresh = await json<RuleResults>(officer, `/api/v1/projects/${item.id}/rule-results`);
      expect(item.failing).toEqual(
        fresh.results.filter((result) => result.outcome === 'fail').map((result) => result.label),
      );
    }
  });

  it('pages its list by code, the walk giving the whole list once and in order', async () => {
    await expectRulesFailingWalk(
      officer,
      `/api/v1/dashboards/rules-failing?fiscalYear=2569&clusterId=${clusterId}`,
    );
  });

  it('stores the cluster projects’ verdicts equal to a fresh evaluation', async () => {
    const actor = await actorOf(context, 'cluster.nelower1');
    await settleRuleVerdicts(context.database, actor, {
      owner: { clusterId },
      fiscalYear: 2569,
      statuses: RULE_GATED_STATUSES,
    });
    const stored = await context.database.db
      .select()
      .from(projectRuleVerdicts)
      .where(
        and(eq(projectRuleVerdicts.clusterId, clusterId), inArray(projectRuleVerdicts.projectId, clusterIds)),
      );
    expect(stored).toHaveLength(clusterIds.length);
    await inActorReadTransaction(context.database, actor, async (tx) => {
      for (const project of await loadProjectsByIds(tx, actor, clusterIds)) {
        const row = stored.find((entry) => entry.projectId === project.id);
        const fresh = await evaluateProject(tx, project);
        expect(row?.judgedGeneration).toBe(row?.generation);
        expect(row?.failing).toEqual(blockingFailures(fresh.results).map((result) => result.label));
        expect(row?.failing.length).toBeGreaterThan(0);
      }
    });
  });

  it('keeps them off a member province planner’s count and list, and the cluster’s list from them', async () => {
    for (const [planner, provinceCode] of [
      [korat, '30'],
      [buriram, '31'],
    ] as const) {
      const { home, count } = await rulesFailingCount(planner);
      expect(home.clusterId).toBeNull();
      const own = await list(planner, `provinceCode=${provinceCode}`);
      expect(count).toBe(own.items.length);
      expect(own.items.map((item) => item.id)).not.toEqual(expect.arrayContaining([clusterIds[0]]));
      expect(own.items.map((item) => item.id)).not.toEqual(expect.arrayContaining([clusterIds[1]]));
      // The scope rules let them read a cluster project of their province one by one …
      expect((await planner.request('GET', `/api/v1/projects/${clusterIds[0]}`)).statusCode).toBe(200);
      // … but the cluster's budget unit is the cluster office's: its list needs every member province.
      const cluster = await planner.request(
        'GET',
        `/api/v1/dashboards/rules-failing?fiscalYear=2569&clusterId=${clusterId}`,
      );
      expect(cluster.statusCode, cluster.body).toBe(403);
    }
    expect((await list(korat, 'provinceCode=30')).items.map((item) => item.id)).toContain(provinceProjectId);
    const outside = await chiangmai.request(
      'GET',
      `/api/v1/dashboards/rules-failing?fiscalYear=2569&clusterId=${clusterId}`,
    );
    expect(outside.statusCode).toBe(403);
    const nation = await list(analyst, `clusterId=${clusterId}`);
    expect(nation.items.map((item) => item.id).sort()).toEqual([...clusterIds].sort());
  });

  it('follows a cluster project leaving the gated statuses in the count and the list', async () => {
    const before = await rulesFailingCount(officer);
    await context.database.db
      .update(projects)
      .set({ status: 'cancelled' })
      .where(eq(projects.id, clusterIds[0] ?? ''));
    const after = await rulesFailingCount(officer);
    expect(after.count).toBe((before.count ?? 0) - 1);
    const page = await list(officer, `clusterId=${clusterId}`);
    expect(page.items.map((item) => item.id)).toEqual([clusterIds[1]]);
    expect(after.count).toBe(page.items.length);
  });

  it('asks for one budget unit: a province or a cluster, not both and not neither', async () => {
    for (const query of ['', `&provinceCode=30&clusterId=${clusterId}`, '&clusterId=0']) {
      const response = await officer.request(
        'GET',
        `/api/v1/dashboards/rules-failing?fiscalYear=2569${query}`,
      );
      expect({ query, status: response.statusCode }).toEqual({ query, status: 400 });
    }
  });
});
