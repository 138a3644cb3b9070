import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanationPackRequestSchema } from '../../../domain/budget/pack-request.js';
import type { ProjectStages } from '../../../domain/budget/stage-responses.js';
import type { Project, ProjectList } from '../../../domain/projects/project-response.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { seedFeatures } from '../../platform/feature.js';
import { FEATURES } from '../index.js';
import { actorOf } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { loadPackDocument } from './pack/pack-load.js';

let context: TestContext;
let korat: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  // The whole demo, every feature in order, as a demo install seeds it.
  await seedFeatures(context.database, FEATURES, 'demo');
  korat = await context.signIn('planner.korat');
});
afterAll(() => context.close());

const list = async (query: string) =>
  (await korat.request('GET', `/api/v1/projects?limit=200&${query}`)).json() as ProjectList;

describe('demo consistency', () => {
  it('shows a few FY2569 action-plan projects failing blocking rules, for the reasons the demo plants', async () => {
    const inPlan = [
      ...(await list('fiscalYear=2569&areaCode=30&status=in_action_plan')).items,
      ...(await list('fiscalYear=2569&areaCode=30&status=requested')).items,
    ].filter((project) => project.scope === 'province');
    expect(inPlan.length).toBeGreaterThan(30);
    const failing = new Map<string, number>();
    let blocked = 0;
    for (const project of inPlan) {
      const results = (
        await korat.request('GET', `/api/v1/projects/${project.id}/rule-results`)
      ).json() as RuleResults;
      blocked += results.blockingCount > 0 ? 1 : 0;
      for (const result of results.results.filter((entry) => entry.outcome === 'fail')) {
        failing.set(result.key, (failing.get(result.key) ?? 0) + 1);
      }
    }
    // Some fail, most do not: evidence is there for what is ready, links for what answers the plan.
    expect(blocked).toBeGreaterThan(0);
    expect(blocked).toBeLessThan(inPlan.length / 2);
    expect(failing.get('readiness_before_request')).toBeGreaterThan(0);
    expect(failing.get('plan_link')).toBeGreaterThan(0);
  });

  it('carries FY2568 demo projects through the stages with cuts and fills the demo explanation pack', async () => {
    const allocated = await list('fiscalYear=2568&status=allocated');
    expect(allocated.items.length).toBeGreaterThan(0);
    let cuts = 0;
    for (const project of allocated.items) {
      const { stages } = (
        await korat.request('GET', `/api/v1/projects/${project.id}/budget-stages`)
      ).json() as ProjectStages;
      expect(stages.map((stage) => stage.stage)).toEqual([
        'request',
        'bureau_scrutiny',
        'draft_bill',
        'enacted',
      ]);
      cuts += stages.filter((stage) => stage.cutSatang !== '0').length;
    }
    expect(cuts).toBeGreaterThan(0);

    const actor = await actorOf(context, 'planner.korat');
    const pack = await inActorTransaction(context.database, actor, (tx) =>
      loadPackDocument(
        tx,
        actor,
        explanationPackRequestSchema.parse({ fiscalYear: 2568, provinceCode: '30' }),
      ),
    );
    expect(pack.projects.length).toBeGreaterThan(20);
    expect(pack.summary.byArea.rows.length).toBeGreaterThan(0);
  });

  it('requests only FY2569 demo projects that pass every blocking rule and fills their explanation pack', async () => {
    const requested = (await list('fiscalYear=2569&areaCode=30&status=requested')).items.filter(
      (project) => project.scope === 'province',
    );
    expect(requested.length).toBeGreaterThan(10);
    let requestedSatang = 0n;
    for (const project of requested) {
      const results = (
        await korat.request('GET', `/api/v1/projects/${project.id}/rule-results`)
      ).json() as RuleResults;
      expect(results.blockingCount, project.code).toBe(0);
      const { stages } = (
        await korat.request('GET', `/api/v1/projects/${project.id}/budget-stages`)
      ).json() as ProjectStages;
      expect(stages.map((stage) => [stage.stage, stage.amountSatang])).toEqual([
        ['request', project.totalSatang],
      ]);
      requestedSatang += BigInt(project.totalSatang);
    }
    const actor = await actorOf(context, 'planner.korat');
    const pack = await inActorTransaction(context.database, actor, (tx) =>
      loadPackDocument(
        tx,
        actor,
        explanationPackRequestSchema.parse({ fiscalYear: 2569, provinceCode: '30', amounts: 'request' }),
      ),
    );
    expect(pack.projects.map((page) => page.code).sort()).toEqual(requested.map((p) => p.code).sort());
    expect(pack.summary.grandTotal).toBe(requestedSatang);
  });

  it('lets one demo project drop its evidence while the others keep the shared placeholder', async () => {
    const [first, second] = (await list('fiscalYear=2569&areaCode=30&status=in_action_plan')).items;
    const evidenceOf = async (id: string | undefined) => {
      const project = (await korat.request('GET', `/api/v1/projects/${id}`)).json() as Project;
      const file = project.readiness.flatMap((row) => row.files)[0];
      return { id: project.id, fileId: file?.id };
    };
    const [a, b] = [await evidenceOf(first?.id), await evidenceOf(second?.id)];
    const removed = await korat.request('DELETE', `/api/v1/projects/${a.id}/evidence/${a.fileId}`);
    expect(removed.statusCode).toBe(204);
    const kept = await korat.request('GET', `/api/v1/projects/${b.id}/evidence/${b.fileId}`);
    expect(kept.statusCode).toBe(200);
    expect(kept.body).toContain('demo evidence placeholder');
  });
});
