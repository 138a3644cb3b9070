import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetDetail, AssetList } from '../../../domain/assets/asset-response.js';
import { THUMBNAIL_EDGE } from '../../../domain/common/photo.js';
import { fiscalQuarterLastDay } from '../../../domain/thai/fiscal-year.js';
import type { KpiRollup } from '../../../domain/results/kpi-rollup.js';
import type { ResultsSummary } from '../../../domain/results/results-response.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoAssets } from '../assets/demo.js';
import { seedDemoPlan } from '../plans/demo.js';
import { seedDemoProjects } from '../projects/demo.js';
import { DEMO_KPI_YEARS, seedDemoKpiActuals } from './demo-kpis.js';
import { DEMO_PHOTO_YEARS } from './demo-photos.js';
import { seedDemoResults } from './demo.js';
import { progressReports, resultEvidence } from './tables.js';

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

  it('gives a few FY2567–2568 demo projects real before/after site photos with previews, labelled demo', async () => {
    const photos = await context.database.db
      .select()
      .from(resultEvidence)
      .innerJoin(progressReports, eq(progressReports.id, resultEvidence.reportId));
    expect(photos.length).toBeGreaterThanOrEqual(4);
    for (const { result_evidence: photo, progress_reports: report } of photos) {
      expect(DEMO_PHOTO_YEARS).toContain(report.fiscalYear);
      expect(photo.caption).toContain('ข้อมูลสาธิต');
      expect(photo.thumbnailFileId).not.toBeNull();
      expect(photo.takenOn).toBe(fiscalQuarterLastDay(report.fiscalYear, report.quarter));
    }
    const afters = photos.filter(({ result_evidence: photo }) => photo.phase === 'after');
    const befores = new Set(
      photos
        .filter(({ result_evidence: photo }) => photo.phase === 'before')
        .map(({ result_evidence: photo }) => photo.id),
    );
    expect(afters.length).toBeGreaterThan(0);
    expect(
      afters.every(({ result_evidence: photo }) => photo.pairOf !== null && befores.has(photo.pairOf)),
    ).toBe(true);
    const { result_evidence: shown } = photos[0] ?? { result_evidence: undefined };
    const base = `/api/v1/results/projects/${shown?.projectId}/result-files/${shown?.id}`;
    const original = await sharp((await korat.request('GET', base)).rawPayload).metadata();
    expect([original.format, original.width, original.height]).toEqual(['jpeg', 640, 480]);
    const preview = await sharp((await korat.request('GET', `${base}/thumbnail`)).rawPayload).metadata();
    expect([preview.format, preview.width]).toEqual(['webp', THUMBNAIL_EDGE]);
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
