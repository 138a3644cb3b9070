import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THUMBNAIL_EDGE } from '../../../domain/common/photo.js';
import { PUBLISHED_PROJECT_STATUSES } from '../../../domain/open-data/publication.js';
import { PROJECT_STATUSES } from '../../../domain/projects/project.js';
import { readPhotoFacts } from '../../../domain/results/exif.js';
import type { ProjectResults } from '../../../domain/results/results-response.js';
import { jpegWithExif } from '../../../domain/results/test-fixtures.js';
import { createProjectAt } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';

/**
 * Result photos on the portal: a published project's photos show as previews (never full size) with
 * their Exif position gone; a photo of a project that is not published, and a document (PDF) of a published one, never show.
 */
const HIDDEN = 'ภาพโครงการที่ยังไม่เผยแพร่';
const SITE = { lat: [14.123456, 'N'], lon: [102.654321, 'E'] } as const;
let photo: Buffer;

let context: TestContext;
let planner: TestClient;
let published: { id: string; code: string };
let hidden: { id: string; code: string };
const ids = { shown: '', document: '', hidden: '', unpreviewed: '' };

async function reportProgress(projectId: string) {
  const report = await planner.request('PUT', `/api/v1/results/projects/${projectId}/progress`, {
    body: { fiscalYear: 2569, quarter: 2, physicalPercent: 50, status: 'on_track' },
  });
  expect(report.statusCode, report.body).toBe(200);
}

async function attach(projectId: string, name: string, content: Buffer, caption: string) {
  const query = `fiscalYear=2569&quarter=2&phase=after&caption=${encodeURIComponent(caption)}`;
  const kept = await planner.request(
    'POST',
    `/api/v1/results/projects/${projectId}/evidence?${name.endsWith('.pdf') ? query.replace('&phase=after', '') : query}`,
    multipartFile(name, content),
  );
  expect(kept.statusCode, kept.body).toBe(201);
  const files = (kept.json() as ProjectResults).progress.flatMap((item) => item.evidence);
  return files.find((file) => file.fileName === name)?.id ?? '';
}

beforeAll(async () => {
  const picture = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#5a8' } })
    .jpeg()
    .toBuffer();
  photo = Buffer.from(
    jpegWithExif({
      little: true,
      date: '2026:01:15 09:30:00',
      lat: [...SITE.lat],
      lon: [...SITE.lon],
      picture,
    }),
  );
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  published = await createProjectAt(context, planner, 'spending', { title: 'ฝายชะลอน้ำที่มีภาพ' });
  hidden = await createProjectAt(context, planner, 'spending', { title: 'โครงการลับที่มีภาพ' });
  await reportProgress(published.id);
  await reportProgress(hidden.id);
  ids.shown = await attach(published.id, 'site.jpg', photo, 'ฝายเมื่อสร้างเสร็จ');
  ids.document = await attach(published.id, 'minutes.pdf', Buffer.from('%PDF-1.4\n%%EOF'), 'บันทึกตรวจรับ');
  ids.hidden = await attach(hidden.id, 'secret.jpg', photo, HIDDEN);
  // A photo kept before previews were made on upload has none.
  ids.unpreviewed = await attach(published.id, 'old.jpg', photo, 'ภาพเก่าไม่มีภาพย่อ');
  await context.database.db.execute(
    sql`update result_evidence set thumbnail_file_id = null where id = ${ids.unpreviewed}`,
  );
  const unpublished = PROJECT_STATUSES.find(
    (status) => !(PUBLISHED_PROJECT_STATUSES as readonly string[]).includes(status),
  );
  await context.database.db.execute(sql`update projects set status = ${unpublished} where id = ${hidden.id}`);
}, 300_000);
afterAll(() => context?.close());

const get = (url: string) => context.app.inject({ method: 'GET', url });

describe('result photos on the portal', () => {
  it('shows a published project’s photo as its preview, never full size, without the position the camera wrote', async () => {
    expect(readPhotoFacts(photo).latitude).toBe(14.123456);
    const page = await get(`/portal/projects/${encodeURIComponent(published.code)}`);
    expect(page.body).toContain(`/portal/photos/${ids.shown}`);
    expect(page.body).toContain('ฝายเมื่อสร้างเสร็จ');
    expect(page.body).toContain('หลังดำเนินการ');
    const served = await get(`/portal/photos/${ids.shown}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers.etag).toBeDefined();
    const size = await sharp(served.rawPayload).metadata();
    expect([size.format, size.width, size.height, size.exif]).toEqual([
      'webp',
      THUMBNAIL_EDGE,
      240,
      undefined,
    ]);
    expect(served.rawPayload.length).toBeLessThan(photo.length);
    expect(readPhotoFacts(served.rawPayload)).toEqual({ takenOn: null, latitude: null, longitude: null });
    expect(served.rawPayload.toString('latin1')).not.toContain('Exif');
    expect(served.body).not.toContain('site.jpg');
  });

  it('never shows a photo of an unpublished project, nor a document, anywhere public', async () => {
    for (const id of [ids.hidden, ids.document, ids.unpreviewed]) {
      expect((await get(`/portal/photos/${id}`)).statusCode, id).toBe(404);
    }
    expect((await get(`/portal/projects/${encodeURIComponent(hidden.code)}`)).statusCode).toBe(404);
    for (const url of [
      '/portal',
      '/portal/provinces/30',
      `/portal/projects/${encodeURIComponent(published.code)}`,
      `/portal/projects/${encodeURIComponent(published.code)}?lang=en`,
      '/portal/search?q=%E0%B8%A0%E0%B8%B2%E0%B8%9E',
      '/api/open/v1/projects?limit=500',
      '/api/open/v1/datasets/projects.json',
      '/api/open/v1/oc4ids/provinces/30',
    ]) {
      const body = (await get(url)).body;
      for (const secret of [
        HIDDEN,
        ids.hidden,
        ids.document,
        ids.unpreviewed,
        'บันทึกตรวจรับ',
        'minutes.pdf',
        '14.123456',
      ]) {
        expect(body, `${url} shows ${secret}`).not.toContain(secret);
      }
    }
    expect((await get('/portal/photos/not-a-uuid')).statusCode).toBe(400);
  });
});
