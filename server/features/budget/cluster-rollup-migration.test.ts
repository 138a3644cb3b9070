import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { runMigrations } from '../../platform/db/migrations.js';
import { migrationSetsOf } from '../../platform/feature.js';
import { openTestDatabase } from '../../test/harness.js';
import { firstMigrationsOf } from '../../test/migration-sets.js';
import { FEATURES } from '../index.js';

/** The migration sets as they stood before the cluster roll-up: budget ended at its 0005. */
function setsBeforeClusterRollup() {
  const sets = migrationSetsOf(FEATURES);
  return sets
    .slice(0, sets.findIndex((set) => set.name === 'budget') + 1)
    .map((set) => (set.name === 'budget' ? { ...set, folder: firstMigrationsOf(set.folder, 6) } : set));
}

describe('the cluster roll-up of failing verdicts', () => {
  it('counts the cluster projects an existing database already judged, once each', async () => {
    const { database, dispose } = await openTestDatabase();
    try {
      await runMigrations(database, setsBeforeClusterRollup());
      const db = database.db;
      await db.execute(
        sql`insert into areas (code, level, province_code, name_th) values ('30', 'province', '30', 'นครราชสีมา')`,
      );
      await db.execute(
        sql`insert into regions (id, name_th, name_en, sort_order) values ('ne', 'ตะวันออกเฉียงเหนือ', 'Northeast', 1)`,
      );
      await db.execute(sql`insert into clusters (id, region_id, name_th, operations_centre_code, sort_order)
        values (8, 'ne', 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1', '30', 1)`);
      // Two failing cluster projects, one passing, one failing province project (its own roll-up).
      for (const [code, scope, clusterId] of [
        ['C8-0001', 'cluster', 8],
        ['C8-0002', 'cluster', 8],
        ['C8-0003', 'cluster', 8],
        ['P30-0001', 'province', null],
      ] as const) {
        await db.execute(sql`insert into projects (province_code, cluster_id, scope, budget_unit, code, fiscal_year,
            title, budget_type, category, status)
          values ('30', ${clusterId}, ${scope}, ${code.slice(0, code.indexOf('-'))}, ${code}, 2569, 'โครงการ',
            'investment', 'construction', 'proposal')`);
      }
      await db.execute(sql`update project_rule_verdicts set judged_generation = generation, failing_count = 1,
          failing = '[{"th":"เกณฑ์","en":"Rule"}]'::jsonb
        where code in ('C8-0001', 'C8-0002', 'P30-0001')`);

      await runMigrations(database, migrationSetsOf(FEATURES));
      await runMigrations(database, migrationSetsOf(FEATURES));

      const counted = await selectRows<{
        cluster_key: number;
        province_code: string;
        status: string;
        failing: number;
      }>(db, sql`select cluster_key, province_code, status, failing from rule_verdict_cluster_rollups`);
      expect(counted).toEqual([{ cluster_key: 8, province_code: '30', status: 'proposal', failing: 2 }]);
      // From here the triggers keep it: the passing one starts failing.
      await db.execute(sql`update project_rule_verdicts set failing_count = 1 where code = 'C8-0003'`);
      const [after] = await selectRows<{ failing: number }>(
        db,
        sql`select sum(failing)::int as failing from rule_verdict_cluster_rollups where cluster_key = 8`,
      );
      expect(after?.failing).toBe(3);
    } finally {
      await dispose();
    }
  });
});
