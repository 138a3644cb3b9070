import { ifMatch } from '../../test/factories.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoPlan } from './demo.js';

let context: TestContext;
let planner: TestClient;
let ids: { planId: string; originalId: string; reviewId: string };
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  const seeded = await seedDemoPlan(context.database);
  if (!seeded) {
    throw new Error('demo plan not seeded');
  }
  ids = seeded;
});
afterAll(() => context.close());

type Entry = {
  entityType: string;
  kind: string;
  title: string;
  stableKey: string;
  reason: string | null;
  needsReason: boolean;
  coveredBy: { entityType: string } | null;
  targets: { fiscalYear: number; areaCode: string | null; before: string; after: string }[];
};

describe('demo plan and its FY2569 review', () => {
  it('shows the published original with its approval history and meeting numbers', async () => {
    const response = await planner.request('GET', `/api/v1/plan-versions/${ids.originalId}/tree`);
    expect(response.statusCode).toBe(200);
    const tree = response.json();
    expect(tree.version).toMatchObject({ status: 'published', kind: 'original', versionNo: 1 });
    expect(tree.approvals.map((event: { meetingNo: string | null }) => event.meetingNo)).toEqual([
      null,
      '4/2564',
      null,
      '1/2565',
      '1/2565',
      '9/2565',
      null,
    ]);
    expect(tree.issues).toHaveLength(4);
    const items = tree.issues.flatMap((issue: { approaches: { items: unknown[] }[] }) =>
      issue.approaches.flatMap((approach) => approach.items),
    );
    expect(items).toHaveLength(14);
    expect(tree.readiness.ready).toBe(true);
    expect(tree.availableActions).toEqual([]);
  });

  it('diffs the review against its base with reasons where given', async () => {
    const response = await planner.request('GET', `/api/v1/plan-versions/${ids.reviewId}/diff`);
    expect(response.statusCode).toBe(200);
    const diff = response.json();
    expect(diff.againstVersionId).toBe(ids.originalId);
    const summary = diff.entries.map((entry: Entry) => `${entry.kind} ${entry.entityType}: ${entry.title}`);
    expect(summary).toEqual([
      'changed kpi: รายได้จากการท่องเที่ยวของจังหวัด',
      'removed approach: แก้ไขปัญหาความยากจนแบบพุ่งเป้า',
      'added item: ส่งเสริมการท่องเที่ยวเชิงกีฬาและงานวิ่งเขาใหญ่มาราธอน',
      'removed item: พัฒนาอาชีพครัวเรือนยากจนแบบพุ่งเป้าตามข้อมูล TPMAP',
    ]);
    const [kpi, approach, added, removedItem] = diff.entries as Entry[];
    expect(kpi?.targets).toEqual([{ fiscalYear: 2569, areaCode: null, before: '22000', after: '23500' }]);
    expect(kpi?.reason).toContain('ปรับค่าเป้าหมายปี 2569');
    expect(approach).toMatchObject({ reason: null, needsReason: true });
    expect(added?.reason).toContain('กรอ.จังหวัด');
    expect(removedItem).toMatchObject({ needsReason: false, coveredBy: { entityType: 'approach' } });
    expect(diff.unexplained).toBe(1);
  });

  it('keeps the review from being submitted while a change lacks its reason', async () => {
    const tree = (await planner.request('GET', `/api/v1/plan-versions/${ids.reviewId}/tree`)).json();
    expect(tree.version).toMatchObject({
      kind: 'review',
      reviewFiscalYear: 2569,
      status: 'draft',
      basedOnVersionId: ids.originalId,
    });
    expect(tree.changeSummary).toMatchObject({
      unexplained: 1,
      counts: { item: { added: 1, removed: 1, changed: 0 } },
    });
    expect(tree.readiness.problems.map((p: { code: string }) => p.code)).toEqual(['unexplained_change']);
    expect(tree.availableActions.map((a: { action: string }) => a.action)).toEqual(['submit']);
    const refused = await planner.request('POST', `/api/v1/plan-versions/${ids.reviewId}/transitions`, {
      body: { action: 'submit' },
      headers: ifMatch(tree.version.version),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().problems[0]).toMatchObject({
      code: 'unexplained_change',
      entityType: 'approach',
      th: 'การเปลี่ยนแปลง "แก้ไขปัญหาความยากจนแบบพุ่งเป้า" ยังไม่ระบุเหตุผล',
    });
  });

  it('records a reason, replaces it only with If-Match, and refuses reasons for changes that do not exist', async () => {
    const diff = (await planner.request('GET', `/api/v1/plan-versions/${ids.reviewId}/diff`)).json();
    const removed = diff.entries.find((e: Entry) => e.entityType === 'approach');
    const url = `/api/v1/plan-versions/${ids.reviewId}/change-reasons`;
    const body = {
      entityType: 'approach',
      stableKey: removed.stableKey,
      reason: 'ย้ายไปดำเนินการในแผนปฏิบัติราชการของ พช.',
    };
    const first = await planner.request('PUT', url, { body });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ reason: body.reason, version: 1 });
    expect((await planner.request('PUT', url, { body })).statusCode).toBe(428);
    expect(
      (
        await planner.request('PUT', url, {
          body: { ...body, reason: 'แก้ไขเหตุผล' },
          headers: { 'if-match': '"1"' },
        })
      ).json().version,
    ).toBe(2);
    expect((await planner.request('PUT', url, { body, headers: { 'if-match': '"1"' } })).statusCode).toBe(
      412,
    );
    const unknown = await planner.request('PUT', url, {
      body: { ...body, stableKey: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      path: 'stableKey',
      message: { en: 'This version has no such change' },
    });
    const after = (await planner.request('GET', `/api/v1/plan-versions/${ids.reviewId}/diff`)).json();
    expect(after.unexplained).toBe(0);
    expect(after.entries.find((e: Entry) => e.entityType === 'approach').reason).toBe('แก้ไขเหตุผล');
  });

  it('answers two simultaneous first reasons for one change without a server error', async () => {
    const diff = (await planner.request('GET', `/api/v1/plan-versions/${ids.reviewId}/diff`)).json();
    const unexplained = diff.entries.find((e: Entry) => e.reason === null && e.entityType === 'item');
    const url = `/api/v1/plan-versions/${ids.reviewId}/change-reasons`;
    const body = { entityType: 'item', stableKey: unexplained.stableKey, reason: 'รวมไว้ในแนวทางที่ยกเลิก' };
    const responses = await Promise.all([1, 2, 3].map(() => planner.request('PUT', url, { body })));
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.every((status) => [200, 409, 428].includes(status))).toBe(true);
  });

  it('submits the explained review, then locks it', async () => {
    const tree = (await planner.request('GET', `/api/v1/plan-versions/${ids.reviewId}/tree`)).json();
    expect(tree.readiness).toEqual({ ready: true, problems: [] });
    const submitted = await planner.request('POST', `/api/v1/plan-versions/${ids.reviewId}/transitions`, {
      body: { action: 'submit' },
      headers: ifMatch(tree.version.version),
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().version.status).toBe('submitted_to_committee');
    const item = tree.issues[0].approaches[0].items[0];
    const edit = await planner.request('PATCH', `/api/v1/plan-items/${item.id}`, {
      body: { title: 'แก้' },
      headers: ifMatch(item.version),
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().messages.th).toContain('การเปลี่ยนแปลงต้องทำผ่านฉบับทบทวนใหม่');
  });

  it('refuses edits of the published original with a bilingual message', async () => {
    const tree = (await planner.request('GET', `/api/v1/plan-versions/${ids.originalId}/tree`)).json();
    const kpi = tree.issues[1].objectives[0].kpis[0];
    const response = await planner.request('PUT', `/api/v1/plan-kpis/${kpi.id}/targets`, {
      body: { targets: [] },
      headers: ifMatch(kpi.version),
    });
    expect(response.statusCode).toBe(409);
    // The problem's status stays the HTTP status; the version's own status has a field of its own.
    expect(response.json()).toMatchObject({ status: 409, currentStatus: 'published' });
    expect(response.json().messages).toEqual({
      th: 'แผนฉบับนี้อยู่ในสถานะ "ประกาศใช้" จึงแก้ไขไม่ได้ การเปลี่ยนแปลงต้องทำผ่านฉบับทบทวนใหม่ (หรือให้ผู้มีอำนาจส่งกลับแก้ไขก่อน)',
      en: 'This plan version is "Published" and locked; changes must go through a new review (or be returned for revision first)',
    });
    const vision = await planner.request('PATCH', `/api/v1/plan-versions/${ids.originalId}`, {
      body: { vision: 'x' },
      headers: ifMatch(tree.version.version),
    });
    expect(vision.statusCode).toBe(409);
  });

  it('allows one open review per fiscal year and copies the latest approved version for the next', async () => {
    const url = `/api/v1/plans/${ids.planId}/reviews`;
    expect((await planner.request('POST', url, { body: { fiscalYear: 2569 } })).statusCode).toBe(409);
    const outside = await planner.request('POST', url, { body: { fiscalYear: 2571 } });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('fiscalYear');
    const created = await planner.request('POST', url, { body: { fiscalYear: 2570 } });
    expect(created.statusCode).toBe(201);
    // The FY2569 review is only submitted, so FY2570 starts from the published original.
    expect(created.json()).toMatchObject({
      kind: 'review',
      reviewFiscalYear: 2570,
      versionNo: 3,
      status: 'draft',
      basedOnVersionId: ids.originalId,
    });
    const versions = (await planner.request('GET', `/api/v1/plans/${ids.planId}/versions`)).json().items;
    expect(versions.map((v: { versionNo: number; status: string }) => `${v.versionNo}:${v.status}`)).toEqual([
      '1:published',
      '2:submitted_to_committee',
      '3:draft',
    ]);
    const copy = (await planner.request('GET', `/api/v1/plan-versions/${created.json().id}/tree`)).json();
    const original = (await planner.request('GET', `/api/v1/plan-versions/${ids.originalId}/tree`)).json();
    expect(copy.issues.map((i: { stableKey: string }) => i.stableKey)).toEqual(
      original.issues.map((i: { stableKey: string }) => i.stableKey),
    );
    expect(copy.issues[0].id).not.toBe(original.issues[0].id);
    expect(copy.changeSummary.counts.item).toEqual({ added: 0, removed: 0, changed: 0 });
    const renamed = await planner.request('PATCH', `/api/v1/plan-issues/${copy.issues[0].id}`, {
      body: { title: 'การพัฒนาการเกษตรและเกษตรแปรรูปมูลค่าสูงแบบยั่งยืน' },
      headers: { 'if-match': '"1"' },
    });
    expect(renamed.statusCode).toBe(200);
    const diff = (await planner.request('GET', `/api/v1/plan-versions/${created.json().id}/diff`)).json();
    expect(diff.entries).toHaveLength(1);
    expect(diff.entries[0].fields).toEqual([
      {
        field: 'title',
        before: 'การพัฒนาการเกษตรและเกษตรแปรรูปมูลค่าสูง',
        after: 'การพัฒนาการเกษตรและเกษตรแปรรูปมูลค่าสูงแบบยั่งยืน',
      },
    ]);
    const against = (
      await planner.request('GET', `/api/v1/plan-versions/${created.json().id}/diff?against=${ids.reviewId}`)
    ).json();
    expect(against.entries.length).toBeGreaterThan(1);
  });
});
