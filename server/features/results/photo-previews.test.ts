import { eq, inArray, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectResults } from '../../../domain/results/results-response.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { createProjectAt, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';
import { resultEvidence } from './tables.js';

/** The job that makes the previews photos kept before the decode check lack, refusing what will not decode. */
let context: TestContext;
let planner: TestClient;
let admin: TestClient;
let projectId: string;
let projectCode: string;
const ids = { good: '', broken: '', document: '', previewed: '' };

async function attach(name: string, content: Buffer) {
  const kept = await planner.request(
    'POST',
    `/api/v1/results/projects/${projectId}/evidence?fiscalYear=2569&quarter=2`,
    multipartFile(name, content),
  );
  expect(kept.statusCode, kept.body).toBe(201);
  const files = (kept.json() as ProjectResults).progress.flatMap((item) => item.evidence);
  return files.find((file) => file.fileName === name)?.id ?? '';
}

beforeAll(async () => {
  context = await createTestContext();
  [planner, admin] = await signInAll(context, ['planner.korat', 'admin'] as const);
  ({ id: projectId, code: projectCode } = await createProjectAt(context, planner, 'spending'));
  const report = await planner.request('PUT', `/api/v1/results/projects/${projectId}/progress`, {
    body: { fiscalYear: 2569, quarter: 2, physicalPercent: 50, status: 'on_track' },
  });
  expect(report.statusCode, report.body).toBe(200);
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#5a8' } })
    .jpeg()
    .toBuffer();
  ids.good = await attach('old.jpg', photo);
  ids.broken = await attach('cut.jpg', photo);
  ids.previewed = await attach('new.jpg', photo);
  ids.document = await attach('minutes.pdf', Buffer.from('%PDF-1.4\n%%EOF'));
  // As kept before uploads were decoded whole: no preview, and one of them only a JPEG's first bytes.
  await context.database.db
    .update(resultEvidence)
    .set({ thumbnailFileId: null })
    .where(inArray(resultEvidence.id, [ids.good, ids.broken]));
  await context.database.db.execute(
    sql`update stored_files set content = ${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])}
        where id = (select file_id from result_evidence where id = ${ids.broken})`,
  );
}, 300_000);
afterAll(() => context.close());

const evidence = async () =>
  new Map(
    (
      await context.database.db.select().from(resultEvidence).where(eq(resultEvidence.projectId, projectId))
    ).map((row) => [row.id, row]),
  );
const portalPage = async () =>
  (await context.app.inject({ method: 'GET', url: `/portal/projects/${encodeURIComponent(projectCode)}` }))
    .body;
const start = async (client: TestClient) => {
  const started = await client.request('POST', '/api/v1/results/photo-previews');
  await context.jobs.idle();
  return started;
};

describe('the missing photo previews job', () => {
  it('only administrators start it', async () => {
    expect((await start(planner)).statusCode).toBe(403);
    expect((await evidence()).get(ids.good)?.thumbnailFileId).toBeNull();
    const portal = await portalPage();
    expect(portal).toContain(`/portal/photos/${ids.previewed}`);
    expect(portal).not.toContain(`/portal/photos/${ids.good}`);
  });

  it('makes the missing previews, records why a photo will not decode, and leaves documents alone', async () => {
    const previewedBefore = (await evidence()).get(ids.previewed)?.thumbnailFileId;
    const started = await start(admin);
    expect(started.statusCode, started.body).toBe(202);
    const jobUrl = `/api/v1/jobs/${(started.json() as { job: { id: string } }).job.id}`;
    const job = (await admin.request('GET', jobUrl)).json() as Record<string, unknown>;
    expect(job).toMatchObject({ status: 'succeeded', result: { made: 1, refused: 1 }, progressDone: 2 });
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
    const items = (await admin.request('GET', `${jobUrl}/items`)).json() as { items: unknown[] };
    expect(items.items).toMatchObject([{ ok: false, itemKey: ids.broken }]);
    const thumbnail = await planner.request(
      'GET',
      `/api/v1/results/projects/${projectId}/result-files/${ids.good}/thumbnail`,
    );
    expect(thumbnail.statusCode).toBe(200);
    const portal = await portalPage();
    expect(portal).toContain(`/portal/photos/${ids.good}`);
    expect(portal).not.toContain(`/portal/photos/${ids.broken}`);
  });

  it('does not try a refused photo again', async () => {
    const again = await start(admin);
    const jobUrl = `/api/v1/jobs/${(again.json() as { job: { id: string } }).job.id}`;
    expect((await admin.request('GET', jobUrl)).json()).toMatchObject({ result: { made: 0, refused: 0 } });
  });
});
