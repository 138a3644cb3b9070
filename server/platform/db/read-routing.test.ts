import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { actorOf } from '../../test/factories.js';
import { openDatabase, selectRows, type Db } from './client.js';
import { inActorReadTransaction, inActorTransaction } from './transaction.js';

let context: TestContext;
let analyst: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  analyst = await context.signIn('analyst');
});
afterAll(() => context.close());

/**
 * Counts the transactions started on the read pool while delegating to it: drizzle's (PGlite), or on
 * PostgreSQL one opened with its RLS settings on a client of the pool's `$client`.
 */
function countReads(database: { read: Db }) {
  const counter = { transactions: 0 };
  const read = database.read;
  database.read = new Proxy(read, {
    get(target, property, receiver) {
      if (property === 'transaction' || property === '$client') {
        counter.transactions += 1;
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return { counter, restore: () => (database.read = read) };
}

describe('read routing', () => {
  it('sends roll-ups, dashboards, the map and the export to the read pool, and the list to the primary', async () => {
    const { counter, restore } = countReads(context.database);
    try {
      for (const path of [
        '/api/v1/needs/rollups?groupBy=area',
        '/api/v1/needs/map',
        '/api/v1/needs/export',
        '/api/v1/budget-summaries?fiscalYear=2569&by=budget_type',
        '/api/v1/spending/summary?fiscalYear=2569&level=national',
      ]) {
        const before = counter.transactions;
        expect((await analyst.request('GET', path)).statusCode).toBe(200);
        expect(counter.transactions, path).toBe(before + 1);
      }
      const before = counter.transactions;
      expect((await analyst.request('GET', '/api/v1/needs?limit=5')).statusCode).toBe(200);
      expect(counter.transactions).toBe(before);
    } finally {
      restore();
    }
  });

  it('refuses a write inside a read transaction under the same row-level security', async () => {
    const actor = await actorOf(context, 'planner.korat');
    const failure = await inActorReadTransaction(context.database, actor, (tx) =>
      tx.execute(sql`update agencies set name_th = name_th where province_code = '30'`),
    ).then(
      () => null,
      (error: unknown) => error,
    );
    // drizzle wraps the driver's error; the database's own message is the cause.
    expect(String((failure as { cause?: unknown } | null)?.cause)).toMatch(/read-only/);
    const seen = await inActorReadTransaction(context.database, actor, (tx) =>
      selectRows<{ province_code: string }>(
        tx,
        sql`select distinct province_code from agencies where province_code is not null`,
      ),
    );
    expect(seen.map((row) => row.province_code)).toEqual(['30']);
    await inActorTransaction(context.database, actor, (tx) =>
      tx.execute(sql`update agencies set name_th = name_th where province_code = '30'`),
    );
  });

  it('opens a second pool for DATABASE_READ_URL on PostgreSQL and reads on the primary otherwise', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      expect(context.database.read).toBe(context.database.db);
      return;
    }
    const [{ name } = { name: '' }] = await selectRows<{ name: string }>(
      context.database.db,
      sql`select current_database() as name`,
    );
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const readUrl = new URL(url);
    readUrl.searchParams.set('application_name', 'areaplan_read');
    const database = await openDatabase({ url: url.toString(), readUrl: readUrl.toString() });
    try {
      const actor = await actorOf(context, 'analyst');
      const applicationName = sql`select current_setting('application_name') as name`;
      const [onRead] = await inActorReadTransaction(database, actor, (tx) =>
        selectRows<{ name: string }>(tx, applicationName),
      );
      const [onPrimary] = await inActorTransaction(database, actor, (tx) =>
        selectRows<{ name: string }>(tx, applicationName),
      );
      expect(onRead?.name).toBe('areaplan_read');
      expect(onPrimary?.name).not.toBe('areaplan_read');
    } finally {
      await database.close();
    }
  });
});
