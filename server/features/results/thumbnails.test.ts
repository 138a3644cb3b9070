import { eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectResults } from '../../../domain/results/results-response.js';
import { THUMBNAIL_EDGE } from '../../../domain/common/photo.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { createProjectAt, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';
import { resultEvidence } from './tables.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let projectId: string;
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai] = await signInAll(context, ['planner.korat', 'planner.chiangmai'] as const);
  projectId = (await createProjectAt(context, korat, 'spending')).id;
  const progress = { fiscalYear: 2569, quarter: 1, physicalPercent: 30, status: 'on_track' };
  await korat.request('PUT', `/api/v1/results/projects/${projectId}/progress`, { body: progress });
}, 300_000);
afterAll(() => context.close());

const photo = (width: number, height: number, format: 'jpeg' | 'png' = 'jpeg') => {
  const image = sharp({ create: { width, height, channels: 3, background: '#4a7' } });
  return (format === 'png' ? image.png() : image.jpeg()).toBuffer();
};
const upload = async (content: Buffer, name = 'site.jpg') => {
  const response = await korat.request(
    'POST',
    `/api/v1/results/projects/${projectId}/evidence?fiscalYear=2569&quarter=1`,
    multipartFile(name, content),
  );
  const files = (response.json() as Partial<ProjectResults>).progress?.[0]?.evidence ?? [];
  return { status: response.statusCode, file: files.at(-1), count: files.length };
};
const thumbnailOf = (client: TestClient, id: string | undefined) =>
  client.request('GET', `/api/v1/results/projects/${projectId}/result-files/${id}/thumbnail`);

describe('photo previews', () => {
  it('makes a WebP preview no larger than the thumbnail edge, readable only within the province', async () => {
    const { status, file } = await upload(await photo(1200, 800));
    expect(status).toBe(201);
    expect(file?.hasThumbnail).toBe(true);
    const preview = await thumbnailOf(korat, file?.id);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/webp');
    const size = await sharp(preview.rawPayload).metadata();
    expect([size.format, size.width, size.height]).toEqual(['webp', THUMBNAIL_EDGE, 213]);
    expect((await thumbnailOf(chiangmai, file?.id)).statusCode).toBe(404);
  });

  it('refuses (415) bytes that only start like a photo, header-only or cut short, saving nothing', async () => {
    const before = await upload(await photo(10, 10));
    const whole = await photo(300, 200);
    const wholePng = await photo(300, 200, 'png');
    for (const [name, content] of [
      ['header.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
      ['cut.jpg', whole.subarray(0, Math.floor(whole.length * 0.7))],
      ['cut.png', wholePng.subarray(0, wholePng.length - 20)],
    ] as const) {
      const refused = await upload(content, name);
      expect(refused.status, name).toBe(415);
      expect(refused.file, name).toBeUndefined();
    }
    const after = await korat.request('GET', `/api/v1/results/projects/${projectId}`);
    expect((after.json() as ProjectResults).progress[0]?.evidence).toHaveLength(before.count);
  });

  it('refuses a photo declaring more pixels than the limit, saving nothing', async () => {
    const before = await upload(await photo(10, 10, 'png'));
    const huge = await upload(await photo(8000, 7000, 'png'), 'huge.png');
    expect(huge.status).toBe(413);
    expect(huge.file).toBeUndefined();
    const after = await korat.request('GET', `/api/v1/results/projects/${projectId}`);
    expect((after.json() as ProjectResults).progress[0]?.evidence).toHaveLength(before.count);
  });

  it('removes the preview with its photo', async () => {
    const { file } = await upload(await photo(40, 30));
    const [row] = await context.database.db
      .select()
      .from(resultEvidence)
      .where(eq(resultEvidence.id, file?.id ?? ''));
    const ids = [row?.fileId ?? '', row?.thumbnailFileId ?? ''];
    const removed = await korat.request(
      'DELETE',
      `/api/v1/results/projects/${projectId}/result-files/${file?.id}`,
    );
    expect(removed.statusCode).toBe(204);
    const left = await context.database.db.select().from(storedFiles).where(inArray(storedFiles.id, ids));
    expect(left).toHaveLength(0);
  });
});
