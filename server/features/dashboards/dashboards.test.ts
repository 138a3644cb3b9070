import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Home } from '../../../domain/dashboards/home.js';
import type { Overview } from '../../../domain/dashboards/overview.js';
import { RULE_GATED_STATUSES, type RulesFailing } from '../../../domain/dashboards/rules-failing.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import type { NeedRollup } from '../../../domain/needs/need-reports.js';
import type { SpendingSummary } from '../../../domain/spending/spending-response.js';
import { and, eq } from 'drizzle-orm';
import { PROJECT_STATUSES } from '../../../domain/projects/project.js';
import { blockingFailures } from '../../../domain/projects/rules/evaluate.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import { seedFeatures } from '../../platform/feature.js';
import { readSheetRecords, rowsUnderKeyRow } from '../../platform/files/sheet.js';
import { actorOf, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { settleRuleVerdicts } from '../budget/public.js';
import { evaluateProject } from '../budget/rule-results.js';
import { projectRuleVerdicts } from '../budget/verdict-tables.js';
import { FEATURES } from '../index.js';
import { loadProjectsByIds } from '../projects/public.js';
import { expectRulesFailingWalk, json } from './test-dashboards.js';

let context: TestContext;
let analyst: TestClient;
let korat: TestClient;
let head: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  // The dashboards read no indicator values; that demo's seed fails on PGlite today (reported).
  await seedFeatures(
    context.database,
    FEATURES.filter((feature) => feature.name !== 'indicators'),
    'demo',
  );
  [analyst, korat, head] = await signInAll(context, ['analyst', 'planner.korat', 'head.korat'] as const);
}, 600_000);
afterAll(() => context.close());

const overview = (client: TestClient, query: string) =>
  json<Overview>(client, `/api/v1/dashboards/overview?fiscalYear=2569${query}`);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const disbursedThrough = (summary: SpendingSummary, month: number) =>
  summary.classes.find((entry) => entry.budgetClass === 'overall')?.months[month - 1]?.disbursedCumSatang;

describe('drill-down overview', () => {
  it('sums the nation, a cluster, a province and a district from the roll-ups, as the features report them', async () => {
    const nation = await overview(analyst, '');
    expect(nation.unit).toMatchObject({ level: 'national', code: null });
    expect(nation.childLevel).toBe('cluster');
    expect(nation.provinces.length).toBeGreaterThanOrEqual(77);
    expect(sum(nation.provinces.map((province) => province.metrics.needs))).toBe(nation.metrics.needs);
    const rollup = await json<NeedRollup>(analyst, '/api/v1/needs/rollups?groupBy=status&fiscalYear=2569');
    expect(nation.metrics.needs).toBe(sum(rollup.items.map((row) => row.needs)));
    expect(nation.metrics.needs).toBeGreaterThan(0);

    const cluster = nation.children.find((child) => child.metrics.needs > 0);
    expect(cluster).toBeDefined();
    const inCluster = await overview(analyst, `&level=cluster&code=${cluster?.code}`);
    expect(inCluster.path.map((unit) => unit.level)).toEqual(['national']);
    expect(inCluster.metrics).toEqual(cluster?.metrics);
    expect(inCluster.provinces).toEqual(inCluster.children);
    // Needs have no cluster owner: a cluster's are its provinces'.
    expect(sum(inCluster.children.map((child) => child.metrics.needs))).toBe(inCluster.metrics.needs);
    const spent = await json<SpendingSummary>(
      analyst,
      `/api/v1/spending/summary?fiscalYear=2569&level=cluster&code=${cluster?.code}`,
    );
    if (nation.throughMonth > 0) {
      expect(inCluster.metrics.disbursedSatang).toBe(disbursedThrough(spent, nation.throughMonth));
    }

    const korat = await overview(analyst, '&level=province&code=30');
    expect(korat.path.map((unit) => unit.level)).toEqual(['national', 'cluster']);
    expect(korat.childLevel).toBe('district');
    expect(korat.provinces).toEqual([]);
    const loose = await json<{ counts: NonNullable<Overview['orphans']>['counts'] }>(
      analyst,
      '/api/v1/results/orphans?provinceCode=30&fiscalYear=2569',
    );
    expect(korat.orphans?.counts).toEqual(loose.counts);
    // Above a province the counts are its provinces' summed, each province with any listed.
    const kinds = Object.keys(loose.counts ?? {}) as (keyof NonNullable<Overview['orphans']>['counts'])[];
    for (const unit of [nation, inCluster]) {
      const byProvince = unit.orphans?.byProvince ?? [];
      for (const kind of kinds) {
        expect(unit.orphans?.counts[kind]).toBe(sum(byProvince.map((row) => row.counts[kind])));
      }
    }
    const koratRow = nation.orphans?.byProvince.find((row) => row.provinceCode === '30');
    expect(koratRow?.counts).toEqual(loose.counts);
    expect(sum(kinds.map((kind) => nation.orphans?.counts[kind] ?? 0))).toBeGreaterThan(0);
    expect(korat.children.length).toBeGreaterThan(20);
    expect(sum(korat.children.map((child) => child.metrics.needs))).toBe(korat.metrics.needs);
    const koratSpent = await json<SpendingSummary>(
      analyst,
      '/api/v1/spending/summary?fiscalYear=2569&level=province&code=30',
    );
    expect(korat.metrics.disbursedSatang).toBe(disbursedThrough(koratSpent, korat.throughMonth) ?? '0');
    expect(korat.metrics.projects).toBeGreaterThan(0);

    const district = korat.children.find((child) => child.metrics.needs > 0);
    const inDistrict = await overview(analyst, `&level=district&code=${district?.code}`);
    expect(inDistrict.metrics).toEqual(district?.metrics);
    expect(inDistrict.metrics.projects).toBeNull();
    expect(inDistrict.childLevel).toBeNull();
    expect(inDistrict.path.map((unit) => unit.code)).toEqual([null, korat.path[1]?.code, '30']);
  });

  it('keeps a province user to their own province and refuses codes that do not fit the level', async () => {
    expect((await korat.request('GET', '/api/v1/dashboards/overview?fiscalYear=2569')).statusCode).toBe(403);
    const clusterOf30 = (await overview(analyst, '&level=province&code=30')).path[1]?.code;
    expect(
      (
        await korat.request(
          'GET',
          `/api/v1/dashboards/overview?fiscalYear=2569&level=cluster&code=${clusterOf30}`,
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await korat.request('GET', '/api/v1/dashboards/overview?fiscalYear=2569&level=province&code=50'))
        .statusCode,
    ).toBe(403);
    expect((await overview(korat, '&level=province&code=30')).unit.code).toBe('30');
    const wrong = await analyst.request(
      'GET',
      '/api/v1/dashboards/overview?fiscalYear=2569&level=province&code=3001',
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('รหัสไม่ตรงกับระดับ');
    const unknown = await analyst.request(
      'GET',
      '/api/v1/dashboards/overview?fiscalYear=2569&level=cluster&code=999',
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('exports the table under the chart: one row per child with the same figures', async () => {
    const korat30 = await overview(analyst, '&level=province&code=30');
    const response = await analyst.request(
      'GET',
      '/api/v1/dashboards/overview/export?fiscalYear=2569&level=province&code=30',
    );
    expect(response.statusCode).toBe(200);
    const rows = rowsUnderKeyRow(await readSheetRecords('overview.xlsx', response.rawPayload), [
      'code',
      'needs',
    ]);
    expect(rows).toHaveLength(korat30.children.length);
    expect(rows[0]?.values.code).toBe(korat30.children[0]?.code);
    expect(Number(rows[0]?.values.needs || 0)).toBe(korat30.children[0]?.metrics.needs);
  });
});

describe('home per role', () => {
  it('gives the centre the nation, an approver the documents awaiting decision and a planner their work', async () => {
    const centre = await json<Home>(analyst, '/api/v1/dashboards/home?fiscalYear=2569');
    expect(centre).toMatchObject({ kind: 'centre', areaCode: null });
    const nation = await overview(analyst, '');
    expect(centre.items).toEqual([{ key: 'needsToScreen', count: nation.metrics.needsToScreen }]);

    const approver = await json<Home>(head, '/api/v1/dashboards/home?fiscalYear=2569');
    expect(approver).toMatchObject({ kind: 'approver', areaCode: '30' });
    expect(approver.items.map((item) => item.key)).toEqual([
      'plansAwaitingDecision',
      'actionPlansAwaitingDecision',
      'needsToScreen',
    ]);

    const planner = await json<Home>(korat, '/api/v1/dashboards/home?fiscalYear=2569');
    expect(planner.kind).toBe('planner');
    const korat30 = await overview(korat, '&level=province&code=30');
    expect(planner.items.find((item) => item.key === 'needsToScreen')?.count).toBe(
      korat30.metrics.needsToScreen,
    );
    expect(planner.items.map((item) => item.key)).toContain('draftPlans');
  });

  it('counts a planner’s projects failing a blocking rule, the same ones its list shows, each failing', async () => {
    const planner = await json<Home>(korat, '/api/v1/dashboards/home?fiscalYear=2569');
    const count = planner.items.find((item) => item.key === 'rulesFailing')?.count;
    const list = await json<RulesFailing>(
      korat,
      '/api/v1/dashboards/rules-failing?fiscalYear=2569&provinceCode=30&limit=200',
    );
    expect(list.nextCursor).toBeNull();
    expect(list.items.length).toBeGreaterThan(0);
    expect(count).toBe(list.items.length);
    for (const project of list.items) {
      expect(RULE_GATED_STATUSES as readonly string[]).toContain(project.status);
      const judged = await json<RuleResults>(korat, `/api/v1/projects/${project.id}/rule-results`);
      expect(judged.blockingCount, project.code).toBe(project.failing.length);
      expect(project.failing.length).toBeGreaterThan(0);
    }
    const elsewhere = await korat.request(
      'GET',
      '/api/v1/dashboards/rules-failing?fiscalYear=2569&provinceCode=50',
    );
    expect(elsewhere.statusCode).toBe(403);
    expect(
      (await json<Home>(head, '/api/v1/dashboards/home?fiscalYear=2569')).items.map((i) => i.key),
    ).not.toContain('rulesFailing');
  });

  it('stores verdicts over the demo, Korat’s and its cluster’s, equal to a fresh evaluation of every project', async () => {
    const actor = await actorOf(context, 'planner.korat');
    const office = await actorOf(context, 'cluster.nelower1');
    for (const fiscalYear of [2568, 2569]) {
      await settleRuleVerdicts(context.database, actor, {
        owner: { provinceCode: '30' },
        fiscalYear,
        statuses: PROJECT_STATUSES,
      });
      const demoClusters = await context.database.db
        .selectDistinct({ clusterId: projectRuleVerdicts.clusterId })
        .from(projectRuleVerdicts)
        .where(and(eq(projectRuleVerdicts.scope, 'cluster'), eq(projectRuleVerdicts.fiscalYear, fiscalYear)));
      expect(demoClusters.length, 'the demo’s cluster projects').toBe(fiscalYear === 2569 ? 1 : 0);
      for (const { clusterId } of demoClusters) {
        await settleRuleVerdicts(context.database, office, {
          owner: { clusterId: clusterId ?? 0 },
          fiscalYear,
          statuses: PROJECT_STATUSES,
        });
      }
      const stored = await context.database.db
        .select()
        .from(projectRuleVerdicts)
        .where(
          and(eq(projectRuleVerdicts.provinceCode, '30'), eq(projectRuleVerdicts.fiscalYear, fiscalYear)),
        );
      expect(stored.filter((row) => row.failingCount > 0).length).toBeGreaterThan(0);
      const byId = new Map(stored.map((row) => [row.projectId, row]));
      await inActorReadTransaction(context.database, actor, async (tx) => {
        const projects = await loadProjectsByIds(tx, actor, [...byId.keys()]);
        expect(projects).toHaveLength(stored.length);
        for (const project of projects) {
          const fresh = await evaluateProject(tx, project);
          const row = byId.get(project.id);
          expect(row?.judgedGeneration, project.code).toBe(row?.generation);
          expect(row?.failing, project.code).toEqual(blockingFailures(fresh.results).map((r) => r.label));
          expect(row?.ruleSetRevision, project.code).toBe(fresh.ruleSet?.revision ?? null);
          expect(row?.status, project.code).toBe(project.status);
        }
      });
    }
  });

  it('pages the rules-failing lists by code, Korat’s and its cluster office’s: the walk gives each whole, in order', async () => {
    await expectRulesFailingWalk(korat, '/api/v1/dashboards/rules-failing?fiscalYear=2569&provinceCode=30');
    const [office] = await signInAll(context, ['cluster.nelower1'] as const);
    const home = await json<Home>(office, '/api/v1/dashboards/home?fiscalYear=2569');
    const url = `/api/v1/dashboards/rules-failing?fiscalYear=2569&clusterId=${home.clusterId}`;
    await expectRulesFailingWalk(office, url);
    const whole = await json<RulesFailing>(office, `${url}&limit=200`);
    expect(home.items.find((item) => item.key === 'rulesFailing')?.count).toBe(whole.items.length);
  });

  it('counts a district officer’s needs in their district, not the whole province', async () => {
    const [admin] = await signInAll(context, ['admin'] as const);
    const created = await admin.request('POST', '/api/v1/users', {
      body: {
        username: 'district.only',
        displayName: 'เจ้าหน้าที่อำเภอเมือง (เฉพาะอำเภอ)',
        password: 'long-enough-password',
        roles: ['district_officer'],
        captureScope: ['3001'],
        viewScope: ['3001'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const district = await context.signIn('district.only', 'long-enough-password');
    const home = await json<Home>(district, '/api/v1/dashboards/home?fiscalYear=2569');
    expect(home).toMatchObject({ kind: 'planner', areaCode: '3001' });
    const korat30 = await overview(analyst, '&level=province&code=30');
    const muang = korat30.children.find((child) => child.code === '3001');
    expect(home.items.find((item) => item.key === 'needsToScreen')?.count).toBe(muang?.metrics.needsToScreen);
    expect(muang?.metrics.needsToScreen).toBeLessThan(korat30.metrics.needsToScreen);
  });
});
