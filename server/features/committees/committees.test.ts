import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../platform/pdf/browser.js';
import { breaksInsideWords, hasPoppler, pdfText } from '../../platform/pdf/text-layer-test-support.js';
import {
  createReadyPlan,
  expectStatus,
  fieldErrors,
  takeStep,
  type ReadyPlan,
} from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

type Json = Record<string, unknown>;
type Detail = {
  id: string;
  version: number;
  label: string;
  quorum: { members: number; attending: number; met: boolean };
  attendance: { memberId: string }[];
  agenda: {
    id: string;
    section: number;
    title: string;
    documentId: string | null;
    followUpId: string | null;
    version: number;
    resolution: Json | null;
  }[];
};

let context: TestContext;
let planner: TestClient;
let head: TestClient;
let chiangmai: TestClient;
let auditor: TestClient;
let plan: ReadyPlan;
let committeeId = '';
const memberIds: string[] = [];
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  head = await context.signIn('head.korat');
  chiangmai = await context.signIn('planner.chiangmai');
  auditor = await context.signIn('auditor');
  plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
  expect((await takeStep(planner, plan.versionId, 'submit')).statusCode).toBe(200);
}, 120_000);
afterAll(() => context.close());

const member = (overrides: Json = {}) => ({
  personName: 'นายทดสอบ กรรมการ',
  position: 'ประธานหอการค้าจังหวัด',
  seatType: 'private',
  role: 'member',
  validFrom: '2020-01-01',
  validTo: '2022-12-31',
  ...overrides,
});
const meeting = (overrides: Json = {}) => ({
  committeeId,
  meetingNo: '1/2569',
  date: '2026-02-02',
  status: 'held',
  ...overrides,
});
const detailOf = async (id: string) =>
  (await expectStatus(planner, 200, 'GET', `/api/v1/meetings/${id}`)) as unknown as Detail;

describe('committees and members', () => {
  it('sets up the province’s ก.บ.จ. and refuses a cluster kind placed in a province', async () => {
    const refused = await planner.request('POST', '/api/v1/committees', {
      body: { kind: 'kbk', provinceCode: '30', nameTh: 'ก.บ.ก. ผิดที่' },
    });
    expect(refused.statusCode).toBe(400);
    expect(fieldErrors(refused).kind?.th).toContain('กลุ่มจังหวัด');
    const created = await expectStatus(planner, 201, 'POST', '/api/v1/committees', {
      kind: 'kbj',
      provinceCode: '30',
      nameTh: 'ก.บ.จ. นครราชสีมา (ทดสอบ)',
      secretaryUnit: 'สำนักงานจังหวัดนครราชสีมา',
    });
    committeeId = String(created.id);
    await expectStatus(chiangmai, 403, 'POST', '/api/v1/committees', {
      kind: 'kbj',
      provinceCode: '30',
      nameTh: 'อื่น',
    });
  });

  it('warns when a member’s third term in a row is entered, and keeps the appointment', async () => {
    const url = `/api/v1/committees/${committeeId}/members`;
    const first = await expectStatus(planner, 201, 'POST', url, member());
    expect(first.warnings).toEqual([]);
    const second = await expectStatus(
      planner,
      201,
      'POST',
      url,
      member({ validFrom: '2023-01-01', validTo: '2025-12-31' }),
    );
    expect(second.warnings).toEqual([]);
    const third = await expectStatus(
      planner,
      201,
      'POST',
      url,
      member({ validFrom: '2026-01-01', validTo: '2028-12-31' }),
    );
    expect(third.warnings).toMatchObject([{ code: 'third_consecutive_term' }]);
    memberIds.push(String(third.id));
    const thirdBody = member({
      validFrom: '2026-01-01',
      validTo: '2028-12-31',
      position: 'รองประธานหอการค้าจังหวัด',
    });
    const edited = await expectStatus(
      planner,
      200,
      'PATCH',
      `/api/v1/committee-members/${third.id}`,
      thirdBody,
      third.version,
    );
    expect(edited).toMatchObject({
      position: 'รองประธานหอการค้าจังหวัด',
      warnings: [{ code: 'third_consecutive_term' }],
    });
    await expectStatus(
      planner,
      412,
      'PATCH',
      `/api/v1/committee-members/${third.id}`,
      thirdBody,
      third.version,
    );
    await expectStatus(
      chiangmai,
      404,
      'PATCH',
      `/api/v1/committee-members/${third.id}`,
      thirdBody,
      edited.version,
    );
    const unknown = await planner.request('POST', url, {
      body: member({ userId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(fieldErrors(unknown).userId?.en).toBe('Unknown user account');
    for (const [name, role] of [
      ['นายผู้ว่า ทดสอบ', 'chair'],
      ['นางเลขา ทดสอบ', 'secretary'],
    ] as const) {
      const created = await expectStatus(
        planner,
        201,
        'POST',
        url,
        member({ personName: name, role, seatType: 'government', validFrom: '2025-10-01', validTo: null }),
      );
      memberIds.push(String(created.id));
    }
    const detail = await expectStatus(planner, 200, 'GET', `/api/v1/committees/${committeeId}`);
    expect((detail.members as { role: string }[]).map((m) => m.role)).toEqual([
      'chair',
      'member',
      'secretary',
    ]);
    expect(detail.otherTerms).toHaveLength(2);
  });

  it('shows a committee only to users whose scope covers its province', async () => {
    await expectStatus(chiangmai, 404, 'GET', `/api/v1/committees/${committeeId}`);
    const theirs = await expectStatus(chiangmai, 200, 'GET', '/api/v1/committees');
    expect(theirs.items).toEqual([]);
    const ours = await expectStatus(auditor, 200, 'GET', '/api/v1/committees');
    expect((ours.items as Json[]).map((item) => item.id)).toContain(committeeId);
  });
});

describe('meetings', () => {
  it('reads Thai digits, and refuses a held meeting ahead, a number of another year and a used number', async () => {
    const created = await expectStatus(
      planner,
      201,
      'POST',
      '/api/v1/meetings',
      meeting({ meetingNo: 'ครั้งที่ ๑/๒๕๖๙' }),
    );
    expect(created.label).toBe('1/2569');
    const ahead = await planner.request('POST', '/api/v1/meetings', {
      body: meeting({ meetingNo: '5/2599', date: '2056-01-05' }),
    });
    expect(fieldErrors(ahead).meetingDate?.en).toContain('future');
    const wrongYear = await planner.request('POST', '/api/v1/meetings', {
      body: meeting({ meetingNo: '2/2568', date: '2026-03-01' }),
    });
    expect(fieldErrors(wrongYear).meetingNo?.th).toContain('2569');
    const again = await planner.request('POST', '/api/v1/meetings', {
      body: meeting({ date: '2026-03-01' }),
    });
    expect(again.statusCode).toBe(400);
    const bad = await planner.request('POST', '/api/v1/meetings', { body: meeting({ meetingNo: 'สอง' }) });
    expect(fieldErrors(bad).meetingNo?.th).toContain('ครั้งที่/ปี พ.ศ.');
    const next = await expectStatus(
      planner,
      200,
      'GET',
      `/api/v1/committees/${committeeId}/next-meeting-no?beYear=2569`,
    );
    expect(next.label).toBe('2/2569');
  });

  let meetingId = '';
  it('builds the agenda from the documents waiting for the committee, then approves through the resolution', async () => {
    const scheduled = await expectStatus(
      planner,
      201,
      'POST',
      '/api/v1/meetings',
      meeting({
        meetingNo: '2/2569',
        date: '2026-03-03',
        status: 'scheduled',
        startTime: '09:30',
        venue: 'ศาลากลางจังหวัด',
      }),
    );
    meetingId = String(scheduled.id);
    const candidates = await expectStatus(
      planner,
      200,
      'GET',
      `/api/v1/meetings/${meetingId}/agenda-candidates`,
    );
    expect(candidates.items).toMatchObject([
      { section: 4, documentType: 'plan_version', documentId: plan.versionId },
    ]);
    const built = (await expectStatus(
      planner,
      200,
      'POST',
      `/api/v1/meetings/${meetingId}/agenda/build`,
    )) as unknown as Detail;
    const item = built.agenda.find((entry) => entry.documentId === plan.versionId);
    expect(item?.title).toContain('พิจารณา');
    await expectStatus(planner, 200, 'GET', `/api/v1/meetings/${meetingId}/agenda-candidates`).then((after) =>
      expect(after.items).toEqual([]),
    );
    await expectStatus(
      planner,
      409,
      'PUT',
      `/api/v1/agenda-items/${item?.id}/resolution`,
      { kind: 'approve', text: 'เห็นชอบ' },
      1,
    );
    await expectStatus(planner, 200, 'PATCH', `/api/v1/meetings/${meetingId}`, { status: 'held' }, 1);

    // The planner holds no role for the ก.บ.จ. step: the chain refuses and nothing is saved.
    await expectStatus(
      planner,
      403,
      'PUT',
      `/api/v1/agenda-items/${item?.id}/resolution`,
      { kind: 'approve', text: 'เห็นชอบ' },
      1,
    );
    expect((await detailOf(meetingId)).agenda[0]?.resolution).toBeNull();
    const resolved = await expectStatus(
      head,
      200,
      'PUT',
      `/api/v1/agenda-items/${item?.id}/resolution`,
      { kind: 'approve', text: 'ที่ประชุมเห็นชอบแผนฉบับทบทวน' },
      1,
    );
    expect(resolved.resolution).toMatchObject({ kind: 'approve', approvalEventId: expect.any(String) });
    const tree = await expectStatus(planner, 200, 'GET', `/api/v1/plan-versions/${plan.versionId}/tree`);
    expect((tree.version as unknown as Json).status).toBe('committee_approved');
    expect((tree.approvals as unknown as Json[]).at(-1)).toMatchObject({
      meetingId,
      meetingNo: '2/2569',
      meetingDate: '2026-03-03',
      id: (resolved.resolution as Json).approvalEventId,
    });
  });

  it('records attendance and checks the quorum', async () => {
    const [third, chair, secretary] = memberIds;
    const detail = (await expectStatus(planner, 200, 'PUT', `/api/v1/meetings/${meetingId}/attendance`, {
      entries: [
        { memberId: chair, status: 'present' },
        { memberId: secretary, status: 'delegate', delegateName: 'นายผู้แทน' },
        { memberId: third, status: 'absent', reason: 'ติดราชการ' },
      ],
    })) as unknown as Detail;
    expect(detail.quorum).toEqual({ members: 3, attending: 2, needed: 2, met: true });
    const missing = await planner.request('PUT', `/api/v1/meetings/${meetingId}/attendance`, {
      body: { entries: [{ memberId: secretary, status: 'delegate' }] },
    });
    expect(Object.keys(fieldErrors(missing))).toEqual(['entries.0.delegateName']);
  });

  it('carries a follow-up not done by its due date onto the next agenda and the dashboard list', async () => {
    const free = await expectStatus(planner, 201, 'POST', `/api/v1/meetings/${meetingId}/agenda-items`, {
      section: 5,
      title: 'การเบิกจ่ายงบประมาณ',
    });
    await expectStatus(
      planner,
      200,
      'PUT',
      `/api/v1/agenda-items/${free.id}/resolution`,
      { kind: 'assign', text: 'มอบหน่วยงานเร่งรัด' },
      1,
    );
    const followUp = await expectStatus(planner, 201, 'POST', `/api/v1/agenda-items/${free.id}/follow-ups`, {
      title: 'เร่งรัดการเบิกจ่าย',
      owner: 'สำนักงานจังหวัด',
      dueDate: '2026-04-30',
    });
    expect(followUp).toMatchObject({ status: 'open', overdue: true, meetingLabel: '2/2569' });
    const dashboard = await expectStatus(auditor, 200, 'GET', '/api/v1/committee-follow-ups');
    expect((dashboard.items as Json[]).map((item) => item.id)).toContain(followUp.id);
    await expectStatus(chiangmai, 200, 'GET', '/api/v1/committee-follow-ups').then((theirs) =>
      expect(theirs.items).toEqual([]),
    );

    const next = await expectStatus(
      planner,
      201,
      'POST',
      '/api/v1/meetings',
      meeting({ meetingNo: '3/2569', date: '2026-06-02', status: 'scheduled' }),
    );
    const candidates = await expectStatus(
      planner,
      200,
      'GET',
      `/api/v1/meetings/${next.id}/agenda-candidates`,
    );
    expect(candidates.items).toMatchObject([{ section: 3, followUpId: followUp.id, overdue: true }]);
    await expectStatus(
      planner,
      200,
      'PATCH',
      `/api/v1/committee-follow-ups/${followUp.id}`,
      { status: 'done', note: 'เบิกจ่ายครบแล้ว' },
      1,
    );
    await expectStatus(planner, 200, 'GET', `/api/v1/meetings/${next.id}/agenda-candidates`).then((after) =>
      expect(after.items).toEqual([]),
    );
  });

  it('lists meetings newest first a page at a time, and hides them from other provinces', async () => {
    const first = await expectStatus(
      planner,
      200,
      'GET',
      `/api/v1/meetings?committeeId=${committeeId}&limit=2`,
    );
    expect((first.items as Json[]).map((item) => item.label)).toEqual(['3/2569', '2/2569']);
    const rest = await expectStatus(
      planner,
      200,
      'GET',
      `/api/v1/meetings?committeeId=${committeeId}&limit=2&cursor=${first.nextCursor}`,
    );
    expect((rest.items as Json[]).map((item) => item.label)).toEqual(['1/2569']);
    expect(rest.nextCursor).toBeNull();
    await expectStatus(chiangmai, 404, 'GET', `/api/v1/meetings/${meetingId}`);
    await expectStatus(planner, 400, 'GET', '/api/v1/meetings?cursor=bogus');
  });

  it.skipIf(!hasPoppler || !existsSync(chromiumPath()))(
    'prints the minutes with the resolution, Thai digits and no line break inside a Thai word',
    async () => {
      const response = await auditor.request('GET', `/api/v1/meetings/${meetingId}/minutes.pdf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const dir = mkdtempSync(join(tmpdir(), 'areaplan-minutes-'));
      const file = join(dir, 'minutes.pdf');
      writeFileSync(file, response.rawPayload);
      const text = pdfText(file).replace(/\s+/g, '');
      for (const expected of [
        'รายงานการประชุมก.บ.จ.นครราชสีมา(ทดสอบ)',
        'ครั้งที่๒/๒๕๖๙',
        '๓มีนาคม๒๕๖๙',
        'ระเบียบวาระที่๔เรื่องเพื่อพิจารณา',
        'มติที่ประชุมเห็นชอบที่ประชุมเห็นชอบแผนฉบับทบทวน',
        'มอบหมายสำนักงานจังหวัดเร่งรัดการเบิกจ่าย',
        'มีกรรมการมาประชุม๒คนจากทั้งหมด๓คนครบองค์ประชุม',
        'นายผู้แทน(แทนนางเลขาทดสอบ',
      ]) {
        expect(text).toContain(expected);
      }
      expect(breaksInsideWords(file)).toEqual([]);
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(dir, 'page')]);
      expect(statSync(join(dir, 'page-1.png')).size).toBeGreaterThan(5_000);
    },
  );
});
