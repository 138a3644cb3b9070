import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetDetail, AssetList } from '../../../domain/assets/asset-response.js';
import type { KpiRollup } from '../../../domain/results/kpi-rollup.js';
import type { ResultsSummary } from '../../../domain/results/results-response.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoAssets } from '../assets/demo.js';
import { seedDemoPlan } from '../plans/demo.js';
import { seedDemoProjects } from '../projects/demo.js';
import { DEMO_KPI_YEARS, seedDemoKpiActuals } from './demo-kpis.js';
import { seedDemoResults } from './demo.js';

let context: TestContext;
let korat: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [korat] = await signInAll(context, ['planner.korat'] as const);
  await seedDemoPlan(context.database);
  await seedDemoProjects(context.database);
}, 300_000);
afterAll(() => context.close());

describe('demo results and assets', () => {
  it('seeds progress, output values and assets of the demo projects once, labelled as demo', async () => {
    expect(await seedDemoResults(context.database)).toBeGreaterThan(0);
    expect(await seedDemoResults(context.database)).toBe(0);
    expect(await seedDemoAssets(context.database)).toBeGreaterThan(0);
    expect(await seedDemoAssets(context.database)).toBe(0);
    const summary = (
      await korat.request('GET', '/api/v1/results/summary?fiscalYear=2568&quarter=4&provinceCode=30')
    ).json() as ResultsSummary;
    expect(summary.total.progressReports).toBeGreaterThan(0);
    const assets = (await korat.request('GET', '/api/v1/assets?limit=500')).json() as AssetList;
    expect(assets.items.length).toBeGreaterThan(0);
    expect(assets.items.every((asset) => asset.isDemo)).toBe(true);
    expect(new Set(assets.items.map((asset) => asset.status)).size).toBeGreaterThan(1);
    const transferred = assets.items.find((asset) => asset.status === 'transferred');
    const detail = (await korat.request('GET', `/api/v1/assets/${transferred?.id}`)).json() as AssetDetail;
    expect(detail.events.map((event) => event.toStatus)).toEqual([
      'registered',
      'transfer_proposed',
      'receiver_accepted',
      'transfer_approved',
      'transferred',
    ]);
  });

  it('reports the demo plan’s KPIs for past years, a met and a missed target each year', async () => {
    expect(await seedDemoKpiActuals(context.database)).toBeGreaterThan(0);
    expect(await seedDemoKpiActuals(context.database)).toBe(0);
    for (const year of DEMO_KPI_YEARS) {
      const rollup = (
        await korat.request('GET', `/api/v1/results/kpi-rollup?fiscalYear=${year}&provinceCode=30`)
      ).json() as KpiRollup;
      expect(rollup.total.kpisAchieved, `FY${year}`).toBeGreaterThan(0);
      expect(rollup.total.kpisMissed, `FY${year}`).toBeGreaterThan(0);
    }
  });
});
