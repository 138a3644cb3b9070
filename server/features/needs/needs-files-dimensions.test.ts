import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { createNeedVia, needBody, signInAll } from '../../test/factories.js';
import { multipartFile } from '../../test/multipart.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
let chiangMai: TestClient;
let auditor: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [admin, planner, chiangMai, auditor] = await signInAll(context, [
    'admin',
    'planner.korat',
    'planner.chiangmai',
    'auditor',
  ]);
});
afterAll(() => context.close());

describe('attachments', () => {
  it('uploads, lists, downloads and removes a file with a Thai name', async () => {
    const need = await createNeedVia(planner);
    const upload = multipartFile('บันทึกประชาคม.pdf', Buffer.from('%PDF-1.4 demo'), 'application/pdf');
    const created = await planner.request('POST', `/api/v1/needs/${need.id}/attachments`, upload);
    expect(created.statusCode).toBe(201);
    const attachment = created.json();
    expect(attachment).toMatchObject({
      fileName: 'บันทึกประชาคม.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 13,
    });
    const list = (await planner.request('GET', `/api/v1/needs/${need.id}/attachments`)).json();
    expect(list.items).toHaveLength(1);
    const download = await planner.request('GET', `/api/v1/needs/${need.id}/attachments/${attachment.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.toString()).toBe('%PDF-1.4 demo');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('บันทึกประชาคม.pdf')}`,
    );
    expect(
      (await chiangMai.request('GET', `/api/v1/needs/${need.id}/attachments/${attachment.id}`)).statusCode,
    ).toBe(404);
    expect((await auditor.request('POST', `/api/v1/needs/${need.id}/attachments`, upload)).statusCode).toBe(
      403,
    );
    expect(
      (await planner.request('POST', `/api/v1/needs/${need.id}/attachments`, { body: {} })).statusCode,
    ).toBe(400);
    expect(
      (await planner.request('DELETE', `/api/v1/needs/${need.id}/attachments/${attachment.id}`)).statusCode,
    ).toBe(204);
    const detail = (await planner.request('GET', `/api/v1/needs/${need.id}`)).json();
    expect(detail.attachments).toEqual([]);
    expect(detail.audit.map((event: { action: string }) => event.action)).toEqual([
      'create',
      'attach',
      'detach',
    ]);
  });
});

describe('dimensions', () => {
  it('lists the five seeded dimensions in order', async () => {
    const list = (await planner.request('GET', '/api/v1/need-dimensions')).json();
    expect(list.items.map((dimension: { nameTh: string }) => dimension.nameTh)).toEqual([
      'เศรษฐกิจ',
      'สังคม',
      'ทรัพยากรธรรมชาติและสิ่งแวดล้อม',
      'ความมั่นคง',
      'การบริหารจัดการภาครัฐ',
    ]);
  });

  it('lets only administrators add, rename and retire dimensions', async () => {
    expect(
      (await planner.request('POST', '/api/v1/need-dimensions', { body: { nameTh: 'เทคโนโลยี' } })).statusCode,
    ).toBe(403);
    const created = await admin.request('POST', '/api/v1/need-dimensions', {
      body: { nameTh: 'เทคโนโลยี', nameEn: 'Technology', sortOrder: 60 },
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await admin.request('POST', '/api/v1/need-dimensions', { body: { nameTh: 'เทคโนโลยี' } })).statusCode,
    ).toBe(409);
    expect(
      (await admin.request('POST', '/api/v1/need-dimensions', { body: { nameTh: '' } })).statusCode,
    ).toBe(400);
    const id = created.json().id;
    const need = await createNeedVia(planner, { dimensionId: id });
    const renamed = await admin.request('PATCH', `/api/v1/need-dimensions/${id}`, {
      body: { nameTh: 'ดิจิทัล', isActive: false },
      headers: { 'if-match': '"1"' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ nameTh: 'ดิจิทัล', isActive: false, version: 2 });
    expect(
      (
        await admin.request('PATCH', `/api/v1/need-dimensions/${id}`, {
          body: { nameTh: 'x' },
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(412);
    expect(
      (
        await admin.request('PATCH', '/api/v1/need-dimensions/9999', {
          body: { nameTh: 'x' },
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await planner.request('GET', '/api/v1/need-dimensions')).json().items).toHaveLength(5);
    expect(
      (await planner.request('GET', '/api/v1/need-dimensions?includeInactive=true')).json().items,
    ).toHaveLength(6);
    const refused = await planner.request('POST', '/api/v1/needs', { body: needBody({ dimensionId: id }) });
    expect(refused.statusCode).toBe(400);
    // A need keeps its retired dimension when other fields change.
    expect(
      (
        await planner.request('PATCH', `/api/v1/needs/${need.id}`, {
          body: { people: 1 },
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(200);
  });
});
