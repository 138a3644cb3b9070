import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectResults, ResultsSummary } from '../../../domain/results/results-response.js';
import { jpegWithExif, TINY_JPEG } from '../../../domain/results/test-fixtures.js';
import type { GoldenThread } from '../../../domain/results/thread.js';
import { createNeedVia, createProjectAt, createReadyPlan, ifMatch, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';
import { selectRows } from '../../platform/db/client.js';
import { progressReports } from './tables.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let committee: TestClient;
let projectId: string;
let silentProjectId: string;
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai, committee] = await signInAll(context, [
    'planner.korat',
    'planner.chiangmai',
    'committee.korat',
  ] as const);
  projectId = (await createProjectAt(context, korat, 'spending')).id;
  silentProjectId = (await createProjectAt(context, korat, 'allocated', { title: 'โครงการที่ยังไม่รายงาน' })).id;
}, 300_000);
afterAll(() => context.close());

const JPEG = Buffer.from(TINY_JPEG);
const report = (quarter: number, physicalPercent: number, extra: Record<string, unknown> = {}) => ({
  fiscalYear: 2569,
  quarter,
  physicalPercent,
  status: physicalPercent === 100 ? 'completed' : 'on_track',
  ...extra,
});
const putProgress = (client: TestClient, body: Record<string, unknown>, headers?: Record<string, string>) =>
  client.request('PUT', `/api/v1/results/projects/${projectId}/progress`, { body, headers });

describe('progress reports', () => {
  it('records quarters in order and refuses progress going backwards without a reason', async () => {
    expect((await putProgress(korat, report(1, 40))).statusCode).toBe(200);
    expect(
      (await putProgress(korat, report(2, 70, { status: 'delayed', problems: 'ฝนตกชุก' }))).statusCode,
    ).toBe(200);
    const back = await putProgress(korat, report(3, 50));
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ detail: expect.stringContaining('give the reason') });
    const [row] = await context.database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(progressReports)
      .where(and(eq(progressReports.projectId, projectId), eq(progressReports.quarter, 3)));
    expect(row?.count).toBe(0);
    const reasoned = await putProgress(korat, report(3, 50, { declineReason: 'รื้อผิวจราจรที่ไม่ได้มาตรฐาน' }));
    expect(reasoned.statusCode).toBe(200);
    const results = reasoned.json() as ProjectResults;
    expect(results.progress.map((item) => [item.quarter, item.physicalPercent])).toEqual([
      [1, 40],
      [2, 70],
      [3, 50],
    ]);
  });

  it('needs If-Match to replace a quarter and refuses a stale one', async () => {
    expect((await putProgress(korat, report(1, 45))).statusCode).toBe(428);
    expect((await putProgress(korat, report(1, 45), ifMatch(7))).statusCode).toBe(412);
    const replaced = await putProgress(korat, report(1, 45), ifMatch(1));
    expect(replaced.statusCode).toBe(200);
    expect((replaced.json() as ProjectResults).progress[0]).toMatchObject({
      physicalPercent: 45,
      version: 2,
    });
  });

  it('refuses "completed" below 100 % and a project not yet allocated', async () => {
    expect(
      (await putProgress(korat, report(4, 90, { status: 'completed', declineReason: null }))).statusCode,
    ).toBe(409);
    const idea = await createProjectAt(context, korat, 'idea');
    const early = await korat.request('PUT', `/api/v1/results/projects/${idea.id}/progress`, {
      body: report(1, 10),
    });
    expect(early.statusCode).toBe(409);
  });

  it('keeps other provinces and read-only roles out', async () => {
    expect((await chiangmai.request('GET', `/api/v1/results/projects/${projectId}`)).statusCode).toBe(404);
    expect((await putProgress(chiangmai, report(4, 100))).statusCode).toBe(404);
    expect((await committee.request('GET', `/api/v1/results/projects/${projectId}`)).statusCode).toBe(200);
    expect((await putProgress(committee, report(4, 100))).statusCode).toBe(403);
  });
});

describe('output results', () => {
  it('measures each value against the project’s target', async () => {
    const response = await korat.request('PUT', `/api/v1/results/projects/${projectId}/outputs`, {
      body: {
        fiscalYear: 2569,
        quarter: 2,
        values: [{ outputNo: 1, actualValue: '1.25', dataSource: 'ปร.6' }],
      },
    });
    expect(response.statusCode).toBe(200);
    const [output] = (response.json() as ProjectResults).outputs;
    expect(output).toMatchObject({ outputNo: 1, targetValue: '2.5', unit: 'กิโลเมตร' });
    expect(output?.actuals).toEqual([
      expect.objectContaining({ quarter: 2, actualValue: '1.25', achievementBp: 5000, achieved: false }),
    ]);
  });

  it('refuses an output the project does not have, saving nothing', async () => {
    const response = await korat.request('PUT', `/api/v1/results/projects/${projectId}/outputs`, {
      body: {
        fiscalYear: 2569,
        quarter: 3,
        values: [
          { outputNo: 1, actualValue: '2.5' },
          { outputNo: 2, actualValue: '9' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    const view = (
      await korat.request('GET', `/api/v1/results/projects/${projectId}`)
    ).json() as ProjectResults;
    expect(view.outputs[0]?.actuals.map((actual) => actual.quarter)).toEqual([2]);
  });
});

describe('evidence', () => {
  const upload = (client: TestClient, name: string, content: Buffer, query = 'fiscalYear=2569&quarter=2') =>
    client.request(
      'POST',
      `/api/v1/results/projects/${projectId}/evidence?${query}`,
      multipartFile(name, content),
    );

  it('keeps a photo under its report, typed by its content', async () => {
    const response = await upload(
      korat,
      'site.png',
      JPEG,
      'fiscalYear=2569&quarter=2&takenOn=2026-01-15&latitude=14.97&longitude=102.1',
    );
    expect(response.statusCode).toBe(201);
    const [file] =
      (response.json() as ProjectResults).progress.find((item) => item.quarter === 2)?.evidence ?? [];
    expect(file).toMatchObject({
      fileName: 'site.png',
      contentType: 'image/jpeg',
      takenOn: '2026-01-15',
      latitude: 14.97,
    });
    const photo = jpegWithExif({
      little: false,
      date: '2026:02:03 10:00:00',
      lat: [14.5, 'N'],
      lon: [101.5, 'E'],
    });
    const fromPhoto = await upload(
      korat,
      'exif.jpg',
      Buffer.from(photo),
      'fiscalYear=2569&quarter=2&latitude=15&longitude=102',
    );
    expect(
      (fromPhoto.json() as ProjectResults).progress.find((item) => item.quarter === 2)?.evidence[1],
    ).toMatchObject({
      takenOn: '2026-02-03',
      latitude: 14.5,
      longitude: 101.5,
    });
    const download = await korat.request(
      'GET',
      `/api/v1/results/projects/${projectId}/result-files/${file?.id}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(JPEG)).toBe(true);
    expect(
      (await chiangmai.request('GET', `/api/v1/results/projects/${projectId}/result-files/${file?.id}`))
        .statusCode,
    ).toBe(404);
    const removed = await korat.request(
      'DELETE',
      `/api/v1/results/projects/${projectId}/result-files/${file?.id}`,
    );
    expect(removed.statusCode).toBe(204);
  });

  it('refuses a non-image with an image’s extension, and a quarter with no report', async () => {
    const fake = await upload(korat, 'photo.jpg', Buffer.from('MZ\x90\x00 not a photo'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json()).toMatchObject({ detail: expect.stringContaining('JPEG') });
    const noReport = await upload(korat, 'site.jpg', JPEG, 'fiscalYear=2569&quarter=4');
    expect(noReport.statusCode).toBe(409);
  });
});

describe('results summary', () => {
  it('equals what the reported rows give, and lists projects with no report', async () => {
    const response = await korat.request(
      'GET',
      '/api/v1/results/summary?fiscalYear=2569&quarter=2&provinceCode=30',
    );
    expect(response.statusCode).toBe(200);
    const summary = response.json() as ResultsSummary;
    const [expected] = await selectRows<{ reports: number; mean: number }>(
      context.database.db,
      sql`select count(*)::int as reports, floor(avg(physical_percent))::int as mean from progress_reports
          where province_code = '30' and fiscal_year = 2569 and quarter = 2`,
    );
    expect(summary.total).toMatchObject({
      progressReports: expected?.reports,
      meanPhysicalPercent: expected?.mean,
      delayedReports: 1,
      indicators: 1,
      indicatorsAchieved: 0,
      meanAchievementBp: 5000,
    });
    expect(summary.missingReports.map((project) => project.projectId)).toEqual([silentProjectId]);
  });

  it('refuses another province’s summary', async () => {
    const response = await chiangmai.request(
      'GET',
      '/api/v1/results/summary?fiscalYear=2569&provinceCode=30',
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('the golden thread', () => {
  it('runs from a need through the plan and project to money, results and an asset, and back from the asset', async () => {
    const plan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['300101']);
    const need = await createNeedVia(korat, { areaCode: '300101' });
    const project = await createProjectAt(context, korat, 'completed', {
      links: {
        planIssueId: plan.issueId,
        planItemId: plan.itemId,
        kpiIds: [plan.kpiId],
        needIds: [need.id],
        alignment: [],
      },
    });
    await korat.request('PUT', `/api/v1/results/projects/${project.id}/progress`, { body: report(1, 100) });
    const registered = await korat.request('POST', `/api/v1/assets/projects/${project.id}`, {
      body: {
        assets: [
          {
            type: 'construction',
            description: 'ถนนลาดยาง',
            quantity: 1,
            valueSatang: '250000000',
            handoverDate: '2026-03-31',
            locationAreaCode: '300101',
            condition: 'good',
          },
        ],
      },
    });
    const assetId = (registered.json() as { items: { id: string }[] }).items[0]?.id;
    const response = await korat.request('GET', `/api/v1/results/thread/assets/${assetId}`);
    expect(response.statusCode, response.body).toBe(200);
    const thread = response.json() as GoldenThread;
    expect(thread).toMatchObject({
      focusAssetId: assetId,
      project: { id: project.id, status: 'completed' },
      needs: [{ id: need.id }],
      plan: { issue: { id: plan.issueId }, item: { id: plan.itemId }, kpis: [{ id: plan.kpiId }] },
      results: { progressReports: 1, latestPhysicalPercent: 100, latestStatus: 'completed' },
      assets: [{ id: assetId, type: 'construction' }],
      spending: { fiscalYear: 2569, disbursedSatang: '0' },
    });
    const fromProject = (await korat.request('GET', `/api/v1/results/thread/projects/${project.id}`)).json();
    expect(fromProject).toEqual({ ...thread, focusAssetId: null });
    expect((await chiangmai.request('GET', `/api/v1/results/thread/assets/${assetId}`)).statusCode).toBe(404);
  });
});

describe('before/after photo pairs', () => {
  const upload = (name: string, query: string) =>
    korat.request(
      'POST',
      `/api/v1/results/projects/${projectId}/evidence?fiscalYear=2569&quarter=2&${query}`,
      multipartFile(name, JPEG),
    );
  const evidenceOf = (response: { json(): unknown }) =>
    (response.json() as ProjectResults).progress.find((item) => item.quarter === 2)?.evidence ?? [];

  it('pairs an "after" photo with the "before" photo of the same view, and refuses other pairings', async () => {
    const before = evidenceOf(await upload('before.jpg', 'phase=before')).find(
      (file) => file.fileName === 'before.jpg',
    );
    expect(before?.phase).toBe('before');
    const after = await upload('after.jpg', `phase=after&pairOf=${before?.id}`);
    expect(after.statusCode, after.body).toBe(201);
    const paired = evidenceOf(after).find((file) => file.fileName === 'after.jpg');
    expect(paired).toMatchObject({ phase: 'after', pairOf: before?.id });
    expect((await upload('again.jpg', `phase=after&pairOf=${paired?.id}`)).statusCode).toBe(409);
    expect((await upload('stray.jpg', `phase=before&pairOf=${before?.id}`)).statusCode).toBe(409);
  });
});
