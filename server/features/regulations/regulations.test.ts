import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CitedProvision,
  Regulation,
  RegulationPage,
  SupersedeResult,
} from '../../../domain/regulations/responses.js';
import { ifMatch, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { readSheetRecords, rowsUnderKeyRow } from '../../platform/files/sheet.js';
import { multipartFile } from '../../test/multipart.js';
import { seedDemoRegulations } from './demo.js';

let context: TestContext;
let admin: TestClient;
let korat: TestClient;
let auditor: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  await seedDemoRegulations(context.database);
  [admin, korat, auditor] = await signInAll(context, ['admin', 'planner.korat', 'auditor'] as const);
});
afterAll(() => context.close());

const entry = {
  titleTh: 'ระเบียบทดสอบว่าด้วยการโอนทรัพย์สินจากโครงการจังหวัด พ.ศ. 2568',
  titleEn: 'Test regulation on transferring assets of provincial projects',
  number: 'มท 0200/ว 1',
  issuedOn: '2025-01-15',
  issuingBody: 'กระทรวงมหาดไทย',
  kind: 'regulation',
  url: null,
  summary: 'หลักเกณฑ์การส่งมอบทรัพย์สินให้องค์กรปกครองส่วนท้องถิ่นดูแลรักษา',
  verified: false,
};

async function search(client: TestClient, q: string) {
  const response = await client.request('GET', `/api/v1/regulations?q=${encodeURIComponent(q)}`);
  expect(response.statusCode).toBe(200);
  return response.json() as RegulationPage;
}

describe('regulations library', () => {
  it('seeds about thirty demo entries once, unverified ones marked, pages by keyset', async () => {
    await seedDemoRegulations(context.database);
    const first = (await korat.request('GET', '/api/v1/regulations?limit=20')).json() as RegulationPage;
    expect(first.items).toHaveLength(20);
    const rest = (
      await korat.request('GET', `/api/v1/regulations?limit=20&cursor=${first.nextCursor}`)
    ).json() as RegulationPage;
    const all = [...first.items, ...rest.items];
    expect(all).toHaveLength(31);
    expect(new Set(all.map((item) => item.id)).size).toBe(31);
    expect(rest.nextCursor).toBeNull();
    const unverified = all.filter((item) => !item.verified);
    expect(unverified.length).toBeGreaterThan(20);
    expect(unverified.every((item) => item.summary.includes('ยังไม่ได้ตรวจสอบ'))).toBe(true);
    const tampered = await korat.request('GET', '/api/v1/regulations?cursor=bm90LWpzb24');
    expect(tampered.statusCode).toBe(400);
  });

  it('finds a provision by a Thai phrase, not only by title', async () => {
    const found = await search(korat, 'กันเงินไว้เบิกเหลื่อมปี');
    const treasury = found.items.find((item) => item.titleTh.startsWith('ระเบียบการเบิกจ่ายเงินจากคลัง'));
    expect(treasury?.matchedProvisions.map((provision) => provision.reference)).toContain('ข้อ 57');
    const words = await search(korat, 'หนังสือยืนยันรับมอบ');
    expect(words.items[0]?.matchedProvisions[0]?.reference).toBe('หลักเกณฑ์ข้อ 3');
    expect((await search(korat, 'ไม่มีคำนี้ในห้องสมุดแน่นอน')).items).toEqual([]);
  });

  it('exports the searched library as a sheet', async () => {
    const response = await korat.request('GET', `/api/v1/regulations/export?q=${encodeURIComponent('พัสดุ')}`);
    expect(response.statusCode).toBe(200);
    const rows = rowsUnderKeyRow(await readSheetRecords('export.xlsx', response.rawPayload), ['title_th']);
    const titles = rows.map((row) => String(row.values.title_th));
    expect(titles).toContain('ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560');
    expect(titles.length).toBe((await search(korat, 'พัสดุ')).items.length);
  });

  it('lets only administrators add entries, versions and provisions; versions answer by date', async () => {
    expect((await korat.request('POST', '/api/v1/regulations', { body: entry })).statusCode).toBe(403);
    expect((await auditor.request('POST', '/api/v1/regulations', { body: entry })).statusCode).toBe(403);
    const bad = await admin.request('POST', '/api/v1/regulations', {
      body: { ...entry, issuedOn: '2568-01-15x' },
    });
    expect(bad.statusCode).toBe(400);
    const created = await admin.request('POST', '/api/v1/regulations', { body: entry });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as Regulation;
    const version = (body: object) => admin.request('POST', `/api/v1/regulations/${id}/versions`, { body });
    expect((await version({ label: 'ฉบับเดิม', effectiveFrom: '2025-02-01' })).statusCode).toBe(201);
    expect((await version({ label: 'ฉบับแก้ไข', effectiveFrom: '2025-10-01' })).statusCode).toBe(201);
    expect((await version({ label: 'ย้อนหลัง', effectiveFrom: '2025-05-01' })).statusCode).toBe(409);
    const onDate = async (on: string) =>
      (await korat.request('GET', `/api/v1/regulations/${id}?on=${on}`)).json() as Regulation;
    const early = await onDate('2025-03-01');
    expect(early.versions.map((v) => [v.label, v.effectiveTo])).toEqual([
      ['ฉบับเดิม', '2025-10-01'],
      ['ฉบับแก้ไข', null],
    ]);
    expect(early.inForceVersionId).toBe(early.versions[0]?.id);
    expect((await onDate('2025-10-01')).inForceVersionId).toBe(early.versions[1]?.id);
    expect((await onDate('2025-01-20')).inForceVersionId).toBeNull();

    const upload = await admin.request(
      'POST',
      `/api/v1/regulations/${id}/versions/${early.versions[1]?.id}/file`,
      multipartFile('ระเบียบ.pdf', Buffer.from('%PDF-1.4 test')),
    );
    expect(upload.statusCode).toBe(201);
    const download = await korat.request(
      'GET',
      `/api/v1/regulations/${id}/versions/${early.versions[1]?.id}/file`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 test');

    const provision = await admin.request('POST', `/api/v1/regulations/${id}/provisions`, {
      body: { reference: 'ข้อ 5', heading: 'การส่งมอบ', text: 'ให้ส่งมอบครุภัณฑ์แก่ผู้รับดูแลภายในสามสิบวัน' },
    });
    expect(provision.statusCode).toBe(201);
    expect((await search(korat, 'ครุภัณฑ์แก่ผู้รับดูแล')).items.map((item) => item.id)).toContain(id);

    const stale = await admin.request('PUT', `/api/v1/regulations/${id}`, {
      body: entry,
      headers: ifMatch(9),
    });
    expect(stale.statusCode).toBe(412);
    // Without a session the answer is 401, whatever version the request carries or lacks.
    const anonymous = await context.app.inject({
      method: 'PUT',
      url: `/api/v1/regulations/${id}`,
      payload: entry,
    });
    expect(anonymous.statusCode).toBe(401);
    const edited = await admin.request('PUT', `/api/v1/regulations/${id}`, {
      body: { ...entry, verified: true },
      headers: ifMatch(1),
    });
    expect((edited.json() as Regulation).verified).toBe(true);
  });

  it('shows a step its provisions and lists the steps and rules to review when one is superseded', async () => {
    const panel = async (kind: string, key: string) =>
      (
        (
          await korat.request('GET', `/api/v1/regulation-citations?targetKind=${kind}&targetKey=${key}`)
        ).json() as {
          items: CitedProvision[];
        }
      ).items;
    const readiness = await panel('step', 'project_readiness');
    expect(readiness.map((item) => item.provision.reference)).toContain('หลักเกณฑ์ข้อ 3');
    const guideline = readiness.find((item) => item.provision.reference === 'หลักเกณฑ์ข้อ 3');
    expect(guideline?.regulation.titleTh).toMatch(/พ.ศ. 2569$/);
    expect((await panel('rule', 'readiness_before_request')).length).toBeGreaterThan(0);
    expect(
      (await korat.request('GET', '/api/v1/regulation-citations?targetKind=step&targetKey=nope')).json(),
    ).toEqual({ items: [] });
    expect((await korat.request('GET', '/api/v1/regulation-citations?targetKind=step')).statusCode).toBe(400);

    const provisionId = guideline?.provision.id ?? '';
    const body = {
      supersededOn: '2025-10-01',
      reason: 'แนวทางปี 2570 เปลี่ยนเกณฑ์ความพร้อม',
      replacement: { reference: 'หลักเกณฑ์ข้อ 3 (ใหม่)', heading: 'ความพร้อม', text: 'ต้องแนบหลักฐานทุกรายการ' },
    };
    const path = `/api/v1/regulation-provisions/${provisionId}/supersede`;
    expect((await korat.request('POST', path, { body })).statusCode).toBe(403);
    const superseded = await admin.request('POST', path, { body });
    expect(superseded.statusCode).toBe(200);
    const result = superseded.json() as SupersedeResult;
    expect(result.provision.status).toBe('superseded');
    expect(result.provision.supersededById).toBe(result.replacement?.id);
    expect(result.needsReview.map((target) => `${target.targetKind}:${target.targetKey}`).sort()).toEqual([
      'rule:readiness_before_request',
      'step:project_readiness',
    ]);
    expect((await admin.request('POST', path, { body })).statusCode).toBe(409);
    const refused = await admin.request('POST', '/api/v1/regulation-citations', {
      body: { provisionId, targetKind: 'step', targetKey: 'budget_request' },
    });
    expect(refused.statusCode).toBe(409);

    const toReview = (
      (await auditor.request('GET', '/api/v1/regulation-citations?needsReview=true')).json() as {
        items: CitedProvision[];
      }
    ).items;
    expect(toReview).toHaveLength(2);
    const reviewed = await admin.request(
      'POST',
      `/api/v1/regulation-citations/${toReview[0]?.citation.citationId}/review`,
      {
        body: { provisionId: result.replacement?.id },
      },
    );
    expect(reviewed.statusCode).toBe(200);
    expect((reviewed.json() as CitedProvision).provision.reference).toBe('หลักเกณฑ์ข้อ 3 (ใหม่)');
    const unknownTarget = await admin.request('POST', '/api/v1/regulation-citations', {
      body: { provisionId: result.replacement?.id, targetKind: 'step', targetKey: 'made_up' },
    });
    expect(unknownTarget.statusCode).toBe(400);
    const cited = await admin.request('POST', '/api/v1/regulation-citations', {
      body: { provisionId: result.replacement?.id, targetKind: 'step', targetKey: 'budget_request' },
    });
    expect(cited.statusCode).toBe(201);
    const twice = await admin.request('POST', '/api/v1/regulation-citations', {
      body: { provisionId: result.replacement?.id, targetKind: 'step', targetKey: 'budget_request' },
    });
    expect(twice.statusCode).toBe(409);
  });
});
