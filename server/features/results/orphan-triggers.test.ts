import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { createTestContext, type TestContext } from '../../test/harness.js';

/** The orphan counts' triggers come from the platform's roll-up helper, and results keeps no copy of it. */
let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
}, 300_000);
afterAll(() => context.close());

const FEEDS = {
  needs: 'orphan_rollups_needs',
  assets: 'orphan_rollups_assets',
  projects: 'orphan_rollups_touch',
  project_kpis: 'orphan_rollups_touch',
  progress_reports: 'orphan_rollups_touch',
  development_plans: 'orphan_rollups_touch',
  plan_versions: 'orphan_rollups_touch',
  plan_kpis: 'orphan_rollups_touch',
  kpi_targets: 'orphan_rollups_touch',
  kpi_actuals: 'orphan_rollups_touch',
};

const triggers = (pattern: string) =>
  selectRows<{ name: string; target: string; apply: string }>(
    context.database.db,
    sql`select t.tgname as name, c.relname as target, p.proname as apply
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
        where not t.tgisinternal and t.tgname like ${pattern} order by 1`,
  );

describe('the orphan counts’ triggers', () => {
  it('are the platform helper’s, named with the part "orphans", one per statement kind and feed', async () => {
    const expected = Object.entries(FEEDS)
      .flatMap(([target, apply]) =>
        ['delete', 'insert', 'update'].map((event) => ({
          name: `${target}_orphans_${event}`,
          target,
          apply,
        })),
      )
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(await triggers('%\\_orphans\\_%')).toEqual(expected);
  });

  it('leave no copy of the helper in results, and the helper’s callers without a name part keep "rollup"', async () => {
    const copies = await selectRows<{ name: string }>(
      context.database.db,
      sql`select proname as name from pg_proc where proname = 'orphan_rollups_attach'`,
    );
    expect(copies).toEqual([]);
    expect((await triggers('kpi\\_actuals\\_rollup\\_%')).map((row) => row.name)).toEqual([
      'kpi_actuals_rollup_delete',
      'kpi_actuals_rollup_insert',
      'kpi_actuals_rollup_update',
    ]);
  });
});
