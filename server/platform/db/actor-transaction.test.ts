import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { actorOf } from '../../test/factories.js';
import { selectRows, type Queryable } from './client.js';
import { settingLiteral, transactionOpenedWith } from './one-trip-begin.js';
import { inActorTransaction } from './transaction.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

const renamed = sql`update agencies set name_th = name_th || ' (แก้)' where province_code = '30'`;
const korat = async (db: Queryable) =>
  (
    await selectRows<{ names: string[] }>(
      db,
      sql`select array_agg(name_th order by id) as names from agencies where province_code = '30'`,
    )
  )[0]?.names;

describe('an actor transaction (begin and the RLS settings sent together on PostgreSQL)', () => {
  it('undoes its writes when the work fails, and the next transaction starts clean', async () => {
    const actor = await actorOf(context, 'planner.korat');
    const before = await korat(context.database.db);
    const failed = await inActorTransaction(context.database, actor, async (tx) => {
      await tx.execute(renamed);
      throw new Error('the work failed');
    }).catch((error: unknown) => error);
    expect(String(failed)).toMatch(/the work failed/);
    expect(await korat(context.database.db)).toEqual(before);
    const [outside] = await selectRows<{ role: string; user: string }>(
      context.database.db,
      sql`select current_user as role, current_setting('app.user_id', true) as user`,
    );
    expect(outside?.role).not.toBe('areaplan_app');
    expect(outside?.user ?? '').toBe('');
  });

  it('keeps the outer writes when a nested savepoint is rolled back', async () => {
    const actor = await actorOf(context, 'planner.korat');
    const before = await korat(context.database.db);
    await inActorTransaction(context.database, actor, async (tx) => {
      await tx
        .transaction(async (inner) => {
          await inner.execute(renamed);
          throw new Error('inner failed');
        })
        .catch(() => undefined);
      const [inside] = await selectRows<{ user: string }>(
        tx,
        sql`select current_setting('app.user_id') as user`,
      );
      expect(inside?.user).toBe(actor.userId);
    });
    expect(await korat(context.database.db)).toEqual(before);
    await inActorTransaction(context.database, actor, (tx) => tx.execute(renamed));
    expect(await korat(context.database.db)).toEqual(before?.map((name) => `${name} (แก้)`));
  });

  it('quotes setting values as literals, quotes and backslashes included', async () => {
    expect(settingLiteral("o'neil")).toBe("'o''neil'");
    if (context.database.kind !== 'postgres') {
      return;
    }
    const value = String.raw`a'b\c; select 1 --`;
    const [row] = await transactionOpenedWith(
      context.database.db,
      `select set_config('app.probe', ${settingLiteral(value)}, true)`,
      (tx) => selectRows<{ probe: string }>(tx, sql`select current_setting('app.probe') as probe`),
    );
    expect(row?.probe).toBe(value);
  });
});
