import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { eq } from 'drizzle-orm';
import { users } from '../auth/tables.js';
import { loadActor } from '../auth/actor.js';
import { selectRows } from './client.js';
import { inActorTransaction } from './transaction.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

async function actorOf(username: string) {
  const [user] = await context.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  return loadActor(context.database.db, user?.id ?? '');
}

describe('row-level security, the second wall', () => {
  it('lets a raw query without WHERE see only the restricted user’s province', async () => {
    const actor = await actorOf('planner.korat');
    const rows = await inActorTransaction(context.database, actor, (tx) =>
      selectRows<{ province_code: string | null }>(tx, sql`select distinct province_code from agencies`),
    );
    expect(rows.map((row) => row.province_code).filter((code) => code !== null)).toEqual(['30']);
    const owner = await selectRows<{ n: number }>(
      context.database.db,
      sql`select count(distinct province_code)::int as n from agencies`,
    );
    expect(owner[0]?.n).toBeGreaterThan(70);
  });

  it('runs the work as the app role and drops the role and settings with the transaction', async () => {
    const actor = await actorOf('planner.korat');
    const inside = await inActorTransaction(context.database, actor, (tx) =>
      selectRows<{ role: string; provinces: string }>(
        tx,
        sql`select current_user as role, current_setting('app.provinces_view') as provinces`,
      ),
    );
    expect(inside[0]).toEqual({ role: 'areaplan_app', provinces: '30' });
    const after = await selectRows<{ role: string; provinces: string | null }>(
      context.database.db,
      sql`select current_user as role, nullif(current_setting('app.provinces_view', true), '') as provinces`,
    );
    expect(after[0]?.role).not.toBe('areaplan_app');
    expect(after[0]?.provinces).toBeNull();
  });

  it('widens to every member province for a cluster officer', async () => {
    const actor = await actorOf('cluster.nelower1');
    const rows = await inActorTransaction(context.database, actor, (tx) =>
      selectRows<{ province_code: string }>(
        tx,
        sql`select distinct province_code from agencies where province_code is not null order by 1`,
      ),
    );
    expect(rows.map((row) => row.province_code)).toEqual(['30', '31', '32', '36']);
  });

  it('blocks a raw insert into another province', async () => {
    const actor = await actorOf('planner.korat');
    await expect(
      inActorTransaction(context.database, actor, (tx) =>
        tx.execute(
          sql`insert into agencies (name_th, kind, area_code, province_code) values ('แอบเขียน', 'line_agency', '50', '50')`,
        ),
      ),
    ).rejects.toThrow();
    const leaked = await selectRows<{ n: number }>(
      context.database.db,
      sql`select count(*)::int as n from agencies where name_th = 'แอบเขียน'`,
    );
    expect(leaked[0]?.n).toBe(0);
  });

  it('blocks a raw update of another province’s rows without error but without effect', async () => {
    const actor = await actorOf('planner.korat');
    await inActorTransaction(context.database, actor, (tx) =>
      tx.execute(sql`update agencies set name_th = 'ถูกแก้' where province_code = '50'`),
    );
    const changed = await selectRows<{ n: number }>(
      context.database.db,
      sql`select count(*)::int as n from agencies where name_th = 'ถูกแก้'`,
    );
    expect(changed[0]?.n).toBe(0);
  });

  it('lets areas be read nationally but written only within capture scope', async () => {
    const actor = await actorOf('planner.korat');
    const total = await inActorTransaction(context.database, actor, (tx) =>
      selectRows<{ n: number }>(tx, sql`select count(*)::int as n from areas where level = 'province'`),
    );
    expect(total[0]?.n).toBe(77);
    await expect(
      inActorTransaction(context.database, actor, (tx) =>
        tx.execute(
          sql`insert into areas (code, level, parent_code, province_code, name_th) values ('50010101', 'village', '500101', '50', 'x')`,
        ),
      ),
    ).rejects.toThrow();
  });

  it('keeps the audit trail append-only for the app role', async () => {
    const actor = await actorOf('admin');
    await expect(
      inActorTransaction(context.database, actor, (tx) => tx.execute(sql`delete from audit_events`)),
    ).rejects.toThrow();
  });
});
