import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Home } from '../../../domain/dashboards/home.js';
import type { RulesFailing } from '../../../domain/dashboards/rules-failing.js';
import { PROJECT_STATUSES, READINESS_ITEMS } from '../../../domain/projects/project.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import type { RuleSet, RuleSetSummary } from '../../../domain/projects/rules/rule-set.js';
import {
  actorOf,
  createReadyPlan,
  koratBuriramClusterProject,
  projectBody,
  type ReadyPlan,
} from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { clusters } from '../areas/tables.js';
import { getProject, updateProject } from '../projects/service.js';
import { settleRuleVerdicts } from './public.js';
import { judgeAndStore } from './rule-verdicts.js';
import { createTestProject, moveProject } from './test-projects.js';
import { projectRuleVerdicts } from './verdict-tables.js';

let context: TestContext;
let korat: TestClient;
let admin: TestClient;
let koratActor: Actor;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  [korat, admin] = [await context.signIn('planner.korat'), await context.signIn('admin')];
  koratActor = await actorOf(context, 'planner.korat');
  plan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['300101']);
});
afterAll(() => context.close());

const deps = () => ({ database: context.database });

async function storedVerdict(projectId: string) {
  const [row] = await context.database.db
    .select()
    .from(projectRuleVerdicts)
    .where(eq(projectRuleVerdicts.projectId, projectId));
  if (!row) {
    throw new Error(`no verdict row for ${projectId}`);
  }
  return row;
}

type Reader = { client: TestClient; actor: Actor };

/** Settles the project's budget unit and year, then checks its stored verdict against a fresh evaluation; the failing keys. */
async function expectCurrent(projectId: string, reader?: Reader): Promise<string[]> {
  const { client, actor } = reader ?? { client: korat, actor: koratActor };
  const { provinceCode, clusterId, scope, fiscalYear } = await storedVerdict(projectId);
  const owner = scope === 'cluster' && clusterId !== null ? { clusterId } : { provinceCode };
  await settleRuleVerdicts(context.database, actor, { owner, fiscalYear, statuses: PROJECT_STATUSES });
  const row = await storedVerdict(projectId);
  const fresh = (
    await client.request('GET', `/api/v1/projects/${projectId}/rule-results`)
  ).json() as RuleResults;
  const failing = fresh.results.filter((result) => result.outcome === 'fail');
  expect(row.judgedGeneration).toBe(row.generation);
  expect(row.failing).toEqual(failing.map((result) => result.label));
  expect(row.ruleSetRevision).toBe(fresh.ruleSet?.revision ?? null);
  return failing.map((result) => result.key);
}

/** The write leaves the stored verdict stale, and once settled it follows the fresh evaluation. */
async function expectWriteRejudged(
  projectId: string,
  write: () => Promise<unknown>,
  changes = true,
  reader?: Reader,
) {
  const before = await expectCurrent(projectId, reader);
  await write();
  const row = await storedVerdict(projectId);
  expect(row.generation, 'the write made the verdict stale').not.toBe(row.judgedGeneration);
  const after = await expectCurrent(projectId, reader);
  if (changes) {
    expect(after).not.toEqual(before);
  }
  return after;
}

const newProject = (overrides: Record<string, unknown> = {}) =>
  createTestProject(deps(), koratActor, plan, { provinceCode: '30', areaCode: '300101' }, overrides);
const edit = async (id: string, input: Record<string, unknown>) =>
  updateProject(deps(), koratActor, id, (await getProject(deps(), koratActor, id)).version, input);

describe('stored blocking-rule verdicts follow every write that can change them', () => {
  it('a project field (title on the negative list, then off it)', async () => {
    const project = await newProject();
    await expectWriteRejudged(project.id, () => edit(project.id, { title: 'จัดซื้อรถยนต์ส่วนกลาง' }));
    await expectWriteRejudged(project.id, () => edit(project.id, { title: 'ก่อสร้างลานตากผลผลิต' }));
  });

  it('the schedule and budget lines (schedule no longer sums to the total)', async () => {
    const project = await newProject();
    const failing = await expectWriteRejudged(project.id, () =>
      edit(project.id, {
        schedule: [
          { fiscalYear: 2568, amountSatang: '1000' },
          { fiscalYear: 2569, amountSatang: '2000' },
        ],
      }),
    );
    expect(failing).toContain('schedule_total');
  });

  it('the links and KPIs (no plan issue or KPI any more)', async () => {
    const project = await newProject();
    await expectWriteRejudged(project.id, () =>
      edit(project.id, { links: { planIssueId: null, kpiIds: [], needIds: [], alignment: [] } }),
    );
  });

  it('the readiness checklist (an item no longer ready)', async () => {
    const project = await newProject();
    await expectWriteRejudged(project.id, () =>
      edit(project.id, {
        readiness: READINESS_ITEMS.map((item, index) => ({
          item,
          status: index === 0 ? 'pending' : 'ready',
        })),
      }),
    );
  });

  it('the multi-year approval (the full amount approved)', async () => {
    const project = await newProject({
      schedule: [
        { fiscalYear: 2568, amountSatang: '500000000' },
        { fiscalYear: 2569, amountSatang: '750000000' },
      ],
    });
    await expectWriteRejudged(project.id, async () => {
      const response = await korat.request('PUT', `/api/v1/projects/${project.id}/multi-year-approval`, {
        body: { approvedSatang: '1250000000', reference: 'มติ ครม. 23 เม.ย. 2567', approvedOn: '2024-04-23' },
      });
      expect(response.statusCode).toBe(200);
    });
  });

  it('the plan period (the plan moved off the project’s budget years)', async () => {
    const project = await newProject();
    // The years rule is a warning in the seeded sets, so the blocking verdict judges the same.
    const unchanged = false;
    await expectWriteRejudged(
      project.id,
      () =>
        context.database.db.execute(
          sql`update development_plans set period_start = 2571, period_end = 2575 where id = ${plan.planId}`,
        ),
      unchanged,
    );
    await context.database.db.execute(
      sql`update development_plans set period_start = 2566, period_end = 2570 where id = ${plan.planId}`,
    );
    await expectCurrent(project.id);
  });

  it('the cluster’s members (Buriram leaves: the project covers one member province)', async () => {
    const reader = {
      client: await context.signIn('cluster.nelower1'),
      actor: await actorOf(context, 'cluster.nelower1'),
    };
    const [cluster] = await context.database.db
      .select()
      .from(clusters)
      .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
    const created = await reader.client.request('POST', '/api/v1/projects', {
      body: projectBody(koratBuriramClusterProject(cluster?.id)),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    const membership = (validTo: string | null) =>
      context.database.db.execute(
        sql`update cluster_memberships set valid_to = ${validTo}::date
          where cluster_id = ${cluster?.id ?? 0} and province_code = '31'`,
      );
    const failing = await expectWriteRejudged(id, () => membership('2025-01-01'), true, reader);
    expect(failing).toContain('cluster_coverage');
    await expectWriteRejudged(id, () => membership(null), true, reader);
  });

  it('a newly published rule set revision of the year (a keyword added to the negative list)', async () => {
    const project = await newProject({ title: 'ก่อสร้างซุ้มประตูเมืองบ้านหนองบัว' });
    await expectWriteRejudged(project.id, async () => {
      const sets = (await admin.request('GET', '/api/v1/rule-sets?fiscalYear=2568')).json() as {
        items: RuleSetSummary[];
      };
      const latest = sets.items[0];
      const draft = (
        await admin.request('POST', `/api/v1/rule-sets/${latest?.id}/revisions`)
      ).json() as RuleSet;
      const rules = draft.rules.map((rule) =>
        rule.kind === 'negative_list'
          ? {
              ...rule,
              parameters: { ...rule.parameters, titleKeywords: [...rule.parameters.titleKeywords, 'ซุ้มประตู'] },
            }
          : rule,
      );
      const saved = await admin.request('PUT', `/api/v1/rule-sets/${draft.id}`, {
        body: { title: draft.title, note: null, rules },
        headers: { 'if-match': `"${draft.version}"` },
      });
      expect(saved.statusCode).toBe(200);
      const published = await admin.request('POST', `/api/v1/rule-sets/${draft.id}/publish`, {
        body: { version: draft.version + 1 },
      });
      expect(published.statusCode).toBe(200);
    });
  });

  it('keeps stale a verdict judged before a write that came in meanwhile (stored as of the generation read)', async () => {
    const project = await newProject();
    await expectCurrent(project.id);
    const judgedAt = (await storedVerdict(project.id)).generation;
    await edit(project.id, { title: 'จัดซื้อรถยนต์ส่วนกลาง' });
    await judgeAndStore(context.database.db, koratActor, [{ projectId: project.id, generation: judgedAt }]);
    const row = await storedVerdict(project.id);
    expect(row.judgedGeneration).toBe(judgedAt);
    expect(row.generation).toBeGreaterThan(judgedAt);
    expect(await expectCurrent(project.id)).toContain('negative_list');
  });

  it('a status move, and the home count and list agree with fresh evaluations', async () => {
    const project = await newProject({ title: 'จัดซื้อรถยนต์ส่วนกลาง' });
    await expectCurrent(project.id);
    await moveProject(deps(), koratActor, project.id, 'propose');
    expect((await storedVerdict(project.id)).status).toBe('proposal');
    const home = (await korat.request('GET', '/api/v1/dashboards/home?fiscalYear=2568')).json() as Home;
    const list = (
      await korat.request('GET', '/api/v1/dashboards/rules-failing?fiscalYear=2568&provinceCode=30&limit=200')
    ).json() as RulesFailing;
    expect(list.items.map((item) => item.id)).toContain(project.id);
    expect(home.items.find((item) => item.key === 'rulesFailing')?.count).toBe(list.items.length);
    for (const item of list.items) {
      expect(await expectCurrent(item.id)).toHaveLength(item.failing.length);
    }
  });
});
