import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { runMigrations } from '../../platform/db/migrations.js';
import { migrationSetsOf } from '../../platform/feature.js';
import { openTestDatabase } from '../../test/harness.js';
import { firstMigrationsOf } from '../../test/migration-sets.js';
import { FEATURES } from '../index.js';

const VERSION_ID = '00000000-0000-4000-8000-0000000000a2';

/** The migration sets as they stood before the approvals set: plans (the last set then) owned the approval tables. */
function setsBeforeSharedApprovals() {
  const sets = migrationSetsOf(FEATURES);
  return sets
    .slice(0, sets.findIndex((set) => set.name === 'plans') + 1)
    .map((set) => (set.name === 'plans' ? { ...set, folder: firstMigrationsOf(set.folder, 2) } : set));
}

describe('the approval chain leaving plans', () => {
  it('moves an existing database’s plan approval history onto the shared tables, tied to its steps', async () => {
    const { database, dispose } = await openTestDatabase();
    try {
      await runMigrations(database, setsBeforeSharedApprovals());
      await database.db.execute(
        sql`insert into areas (code, level, province_code, name_th) values ('30', 'province', '30', 'นครราชสีมา')`,
      );
      await database.db
        .execute(sql`insert into development_plans (id, scope, province_code, title, period_start, period_end)
        values ('00000000-0000-4000-8000-0000000000a1', 'province', '30', 'แผนเดิม', 2566, 2570)`);
      await database.db
        .execute(sql`insert into plan_versions (id, plan_id, version_no, kind, status, province_code)
        values (${VERSION_ID}, '00000000-0000-4000-8000-0000000000a1', 1, 'original', 'committee_approved', '30')`);
      await database.db
        .execute(sql`insert into plan_approval_events (plan_version_id, action, from_status, to_status, meeting_no, meeting_date, province_code)
        values (${VERSION_ID}, 'committee_approve', 'submitted_to_committee', 'committee_approved', '2/2568', '2025-03-04', '30')`);

      await runMigrations(database, migrationSetsOf(FEATURES));
      await runMigrations(database, migrationSetsOf(FEATURES));

      const events = await selectRows<{ document_type: string; meeting_no: string; label_th: string }>(
        database.db,
        sql`select e.document_type, e.meeting_no, s.label_th from approval_events e
              join approval_steps s on s.id = e.step_id where e.document_id = ${VERSION_ID}`,
      );
      expect(events).toEqual([
        { document_type: 'plan_version', meeting_no: '2/2568', label_th: 'บันทึกมติ ก.บ.จ. อนุมัติ' },
      ]);
      const [steps] = await selectRows<{ plan: number; current: number }>(
        database.db,
        sql`select count(*) filter (where document_type = 'plan_version')::int as plan,
                   count(*) filter (where valid_to is null)::int as current from approval_steps`,
      );
      // 26 steps in force, plus ก.บ.ภ. and อ.ก.บ.ภ. as closed rows for each scope (the bodies before 2566).
      expect(steps?.plan).toBe(30);
      const [old] = await selectRows<{ exists: boolean }>(
        database.db,
        sql`select to_regclass('plan_approval_events') is not null as exists`,
      );
      expect(old?.exists).toBe(false);
    } finally {
      await dispose();
    }
  });
});
