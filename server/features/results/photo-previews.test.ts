import { eq, inArray, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import type { JobItem } from '../../../domain/jobs/job.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { createProjectAt, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { assetChecks } from '../assets/check-tables.js';
import { registerTestAsset } from '../assets/test-asset.js';
import { resultEvidence } from './tables.js';
import { attachEvidence, cameraPhoto, checkAssetWithPhoto } from './test-photos.js';

/**
 * The job that makes the previews photos kept before the decode check lack (progress photos and
 * yearly asset check photos), refusing what will not decode.
 */
let context: TestContext;
let planner: TestClient;
let admin: TestClient;
let projectId: string;
let projectCode: string;
let assetId: string;
const ids = { good: '', broken: '', document: '', previewed: '', goodCheck: '', brokenCheck: '' };
const HEADER_ONLY = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);

beforeAll(async () => {
  context = await createTestContext();
  [planner, admin] = await signInAll(context, ['planner.korat', 'admin'] as const);
  ({ id: projectId, code: projectCode } = await createProjectAt(context, planner, 'spending'));
  const report = await planner.request('PUT', `/api/v1/results/projects/${projectId}/progress`, {
    body: { fiscalYear: 2569, quarter: 2, physicalPercent: 50, status: 'on_track' },
  });
  expect(report.statusCode, report.body).toBe(200);
  const photo = await cameraPhoto();
  const attach = (name: string, content: Buffer) => attachEvidence(planner, projectId, name, content);
  ids.good = await attach('old.jpg', photo);
  ids.broken = await attach('cut.jpg', photo);
  ids.previewed = await attach('new.jpg', photo);
  ids.document = await attach('minutes.pdf', Buffer.from('%PDF-1.4\n%%EOF'));
  assetId = (await registerTestAsset(context, planner, 'เครื่องสูบน้ำ')).id;
  ids.goodCheck = await checkAssetWithPhoto(planner, assetId, '2025-06-01', photo);
  ids.brokenCheck = await checkAssetWithPhoto(planner, assetId, '2025-07-01', photo);
  // As kept before uploads were decoded whole: no preview, and one of each only a JPEG's first bytes.
  const db = context.database.db;
  await db
    .update(resultEvidence)
    .set({ thumbnailFileId: null })
    .where(inArray(resultEvidence.id, [ids.good, ids.broken]));
  await db.update(assetChecks).set({ photoThumbnailFileId: null });
  await db.execute(
    sql`update stored_files set content = ${HEADER_ONLY}
        where id = (select file_id from result_evidence where id = ${ids.broken})
           or id = (select photo_file_id from asset_checks where id = ${ids.brokenCheck})`,
  );
}, 300_000);
afterAll(() => context.close());

const evidence = async () =>
  new Map(
    (
      await context.database.db.select().from(resultEvidence).where(eq(resultEvidence.projectId, projectId))
    ).map((row) => [row.id, row]),
  );
const checks = async () =>
  new Map((await context.database.db.select().from(assetChecks)).map((row) => [row.id, row]));
const portalPage = async () =>
  (await context.app.inject({ method: 'GET', url: `/portal/projects/${encodeURIComponent(projectCode)}` }))
    .body;
const assetChecksSeen = async () =>
  ((await planner.request('GET', `/api/v1/assets/${assetId}`)).json() as AssetDetail).checks;
const start = async (client: TestClient) => {
  const started = await client.request('POST', '/api/v1/results/photo-previews');
  await context.jobs.idle();
  return started;
};
const latest = (client: TestClient) => client.request('GET', '/api/v1/results/photo-previews/latest');
const jobIdOf = (started: { json: () => unknown }) => (started.json() as { job: { id: string } }).job.id;

describe('the missing photo previews job', () => {
  it('has no latest run before the first, and shows runs only to those who may start them', async () => {
    const none = await latest(admin);
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json()).toEqual({ job: null });
    const refused = await latest(planner);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const { messages } = refused.json() as { messages: { th: string; en: string } };
    expect(messages.th).toMatch(/[\u0e00-\u0e7f]/);
    expect(messages.en).toMatch(/^[\x20-\x7e]+$/);
  });

  it('only administrators start it', async () => {
    expect((await start(planner)).statusCode).toBe(403);
    expect((await evidence()).get(ids.good)?.thumbnailFileId).toBeNull();
    const portal = await portalPage();
    expect(portal).toContain(`/portal/photos/${ids.previewed}`);
    expect(portal).not.toContain(`/portal/photos/${ids.good}`);
    expect(await assetChecksSeen()).toMatchObject([
      { hasPhoto: true, hasPreview: false },
      { hasPhoto: true, hasPreview: false },
    ]);
  });

  it('makes the missing previews, records why a photo will not decode, and leaves documents alone', async () => {
    const previewedBefore = (await evidence()).get(ids.previewed)?.thumbnailFileId;
    const started = await start(admin);
    expect(started.statusCode, started.body).toBe(202);
    const jobUrl = `/api/v1/jobs/${jobIdOf(started)}`;
    const job = (await admin.request('GET', jobUrl)).json() as Record<string, unknown>;
    expect(job).toMatchObject({ status: 'succeeded', result: { made: 2, refused: 2 }, progressDone: 4 });
    expect((await latest(admin)).json()).toEqual({ job });
    const rows = await evidence();
    const preview = rows.get(ids.good)?.thumbnailFileId ?? '';
    const [made] = await context.database.db.select().from(storedFiles).where(eq(storedFiles.id, preview));
    expect(made).toMatchObject({ mimeType: 'image/webp', provinceCode: '30' });
    expect((await sharp(made?.content).metadata()).format).toBe('webp');
    expect(rows.get(ids.good)?.previewRefusal).toBeNull();
    expect(rows.get(ids.broken)).toMatchObject({
      thumbnailFileId: null,
      previewRefusal: { th: expect.any(String) },
    });
    expect(rows.get(ids.broken)?.previewRefusal?.en).toContain('cannot be opened');
    expect(rows.get(ids.document)).toMatchObject({ thumbnailFileId: null, previewRefusal: null });
    expect(rows.get(ids.previewed)?.thumbnailFileId).toBe(previewedBefore);
    const items = ((await admin.request('GET', `${jobUrl}/items`)).json() as { items: JobItem[] }).items;
    expect(items.map(({ ok, itemKey }) => ({ ok, itemKey }))).toEqual(
      expect.arrayContaining([
        { ok: true, itemKey: ids.good },
        { ok: false, itemKey: ids.broken },
        { ok: true, itemKey: ids.goodCheck },
        { ok: false, itemKey: ids.brokenCheck },
      ]),
    );
    expect(items.find((item) => item.itemKey === ids.brokenCheck)?.messages[0]).toMatchObject({
      th: expect.stringContaining('ภาพการตรวจสอบพัสดุประจำปี check.jpg'),
      en: expect.stringContaining('cannot be opened'),
    });
    const thumbnail = await planner.request(
      'GET',
      `/api/v1/results/projects/${projectId}/result-files/${ids.good}/thumbnail`,
    );
    expect(thumbnail.statusCode).toBe(200);
    const portal = await portalPage();
    expect(portal).toContain(`/portal/photos/${ids.good}`);
    expect(portal).not.toContain(`/portal/photos/${ids.broken}`);
  });

  it('gives asset check photos kept without a preview theirs, within the asset province', async () => {
    const rows = await checks();
    expect(rows.get(ids.brokenCheck)).toMatchObject({
      photoThumbnailFileId: null,
      photoPreviewRefusal: { en: expect.stringContaining('cannot be opened') },
    });
    const seen = new Map((await assetChecksSeen()).map((check) => [check.id, check]));
    expect(seen.get(ids.goodCheck)?.hasPreview).toBe(true);
    expect(seen.get(ids.brokenCheck)?.hasPreview).toBe(false);
    const read = await planner.request(
      'GET',
      `/api/v1/assets/${assetId}/checks/${ids.goodCheck}/photo/thumbnail`,
    );
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toBe('image/webp');
    const [file] = await context.database.db
      .select({ provinceCode: storedFiles.provinceCode })
      .from(storedFiles)
      .where(eq(storedFiles.id, rows.get(ids.goodCheck)?.photoThumbnailFileId ?? ''));
    expect(file?.provinceCode).toBe('30');
  });

  it('does not try a refused photo again', async () => {
    const again = await start(admin);
    const jobUrl = `/api/v1/jobs/${jobIdOf(again)}`;
    expect((await admin.request('GET', jobUrl)).json()).toMatchObject({ result: { made: 0, refused: 0 } });
    expect((await latest(admin)).json()).toMatchObject({ job: { id: jobIdOf(again), status: 'succeeded' } });
    expect((await latest(planner)).statusCode).toBe(403);
  });
});
