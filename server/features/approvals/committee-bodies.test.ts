import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../../platform/db/migrations.js';
import { migrationSetsOf } from '../../platform/feature.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { FEATURES } from '../index.js';
import { seedDemoPlan } from '../plans/demo.js';

let context: TestContext;
let planner: TestClient;
let originalId = '';
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  const seeded = await seedDemoPlan(context.database);
  originalId = seeded ? seeded.originalId : '';
});
afterAll(() => context.close());

type Event = { action: string; meetingNo: string | null; stepLabelTh: string | null };

/** The demo original's central moves as its history shows them. */
async function centralMoves(): Promise<Record<string, string | null>> {
  const tree = (await planner.request('GET', `/api/v1/plan-versions/${originalId}/tree`)).json();
  const events: Event[] = tree.approvals;
  return Object.fromEntries(
    events
      .filter((event) => event.action === 'regional_approve' || event.action === 'knb_approve')
      .map((event) => [event.action, event.stepLabelTh]),
  );
}

describe('committee names as data, each move keeping the body of its time', () => {
  it('labels today’s regional step คณะอนุกรรมการประจำภาค and the national one ก.น.บ.', async () => {
    const response = await planner.request(
      'GET',
      '/api/v1/approval-steps?documentType=plan_version&scope=province',
    );
    const labels = Object.fromEntries(
      response.json().items.map((step: { action: string; labelTh: string }) => [step.action, step.labelTh]),
    );
    expect(labels.regional_approve).toBe('บันทึกมติคณะอนุกรรมการประจำภาคเห็นชอบ');
    expect(labels.knb_approve).toBe('บันทึกมติ ก.น.บ. เห็นชอบ');
  });

  it('shows the demo plan considered at ก.บ.ภ. 1/2565 (14 Feb 2565), not ก.น.บ.', async () => {
    expect(await centralMoves()).toEqual({
      regional_approve: 'บันทึกมติ อ.ก.บ.ภ. (อนุกรรมการภาค) เห็นชอบ',
      knb_approve: 'บันทึกมติ ก.บ.ภ. เห็นชอบ',
    });
  });

  it('brings a database migrated before, with its moves on today’s rows, to the same labels', async () => {
    const db = context.database.db;
    await db.execute(sql`update approval_events e set step_id = s.id from approval_steps s, approval_steps h
      where h.id = e.step_id and s.document_type = h.document_type and s.scope = h.scope
        and s.from_status = h.from_status and s.action = h.action and s.valid_to is null`);
    await db.execute(sql`delete from approval_steps where valid_to is not null`);
    await db.execute(sql`update approval_steps set label_th = 'บันทึกมติ อ.ก.บ.ภ. (อนุกรรมการภาค) เห็นชอบ'
      where action = 'regional_approve'`);
    expect((await centralMoves()).knb_approve).toBe('บันทึกมติ ก.น.บ. เห็นชอบ');
    // Back to before 0001 (committee bodies of their time) and 0002 (the meeting of an approval event).
    await db.execute(sql`alter table approval_events drop column meeting_id`);
    await db.execute(sql`delete from drizzle.__migrations_approvals
      where created_at >= (select created_at from drizzle.__migrations_approvals
        order by created_at desc offset 1 limit 1)`);

    await runMigrations(context.database, migrationSetsOf(FEATURES));
    expect(await centralMoves()).toEqual({
      regional_approve: 'บันทึกมติ อ.ก.บ.ภ. (อนุกรรมการภาค) เห็นชอบ',
      knb_approve: 'บันทึกมติ ก.บ.ภ. เห็นชอบ',
    });
  });
});
