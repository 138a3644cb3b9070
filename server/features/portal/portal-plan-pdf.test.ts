import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { hasPoppler, pdfText } from '../../platform/pdf/text-layer-test-support.js';
import { createReadyPlan, type ReadyPlan } from '../../test/factories.js';
import { createTestContext, type TestContext } from '../../test/harness.js';

/**
 * A published plan's official PDF on the portal: rendered once and kept, without who recorded its
 * approval steps or their notes; a draft, or a version no longer published, has none.
 */
const RECORDER = 'นางสาวผู้บันทึก ทดลองระบบ';
const NOTE = 'หมายเหตุภายในของผู้บันทึก';

let context: TestContext;
let published: ReadyPlan;
let draft: ReadyPlan;

beforeAll(async () => {
  context = await createTestContext();
  const planner = await context.signIn('planner.korat');
  published = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3001']);
  draft = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3002']);
  const { db } = context.database;
  await db.execute(sql`update plan_versions set status = 'published', published_at = now()
    where id = ${published.versionId}`);
  await db.execute(sql`insert into approval_events
    (document_type, document_id, action, from_status, to_status, meeting_no, reason, actor_name, province_code)
    values ('plan_version', ${published.versionId}, 'publish', 'cabinet_noted', 'published', '1/2569',
      ${NOTE}, ${RECORDER}, '30')`);
}, 300_000);
afterAll(() => context?.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  context.app.inject({ method: 'GET', url, headers });

describe('a published plan’s PDF on the portal', () => {
  it('links the PDF from the plan page and serves it once rendered, kept for the next reader', async () => {
    const page = await get(`/portal/plans/${published.versionId}`);
    expect(page.body).toContain(`/portal/plans/${published.versionId}/plan.pdf`);
    const first = await get(`/portal/plans/${published.versionId}/plan.pdf`);
    expect(first.statusCode, first.body.slice(0, 200)).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toMatch(/^inline; filename=/);
    expect(first.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const kept = await selectRows<{ n: number }>(
      context.database.db,
      sql`select count(*)::int as n from portal_plan_documents where plan_version_id = ${published.versionId}`,
    );
    expect(kept).toEqual([{ n: 1 }]);
    const again = await get(`/portal/plans/${published.versionId}/plan.pdf`, {
      'if-none-match': String(first.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    if (hasPoppler) {
      const file = join(tmpdir(), `portal-plan-${published.versionId}.pdf`);
      writeFileSync(file, first.rawPayload);
      const text = pdfText(file).replace(/\s+/g, '');
      expect(text).toContain('แผนพัฒนาจังหวัดนครราชสีมา');
      // The step is there, with its meeting; who recorded it and their note are not.
      expect(text).toContain('ประกาศใช้แผนประกาศใช้ครั้งที่๑/๒๕๖๙');
      expect(text).not.toContain(RECORDER.replace(/\s+/g, ''));
      expect(text).not.toContain(NOTE);
    }
  });

  it('has no PDF for a draft, nor for a version that is no longer published', async () => {
    expect((await get(`/portal/plans/${draft.versionId}/plan.pdf`)).statusCode).toBe(404);
    await context.database.db.execute(
      sql`update plan_versions set status = 'superseded' where id = ${published.versionId}`,
    );
    expect((await get(`/portal/plans/${published.versionId}/plan.pdf`)).statusCode).toBe(404);
    expect((await get('/portal/plans/not-a-uuid/plan.pdf')).statusCode).toBe(400);
  });
});
