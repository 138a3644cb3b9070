import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { actorOf } from '../../test/factories.js';
import { selectRows } from '../db/client.js';
import { inActorTransaction } from '../db/transaction.js';
import { recordAudit } from './audit.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
  await context.database.db.execute(sql`
    insert into audit_events (entity_type, entity_id, action, changes, province_code) values
      ('user', 'someone-in-chiang-mai', 'update', '{}', null),
      ('need', 'korat-need', 'update', '{}', '30'),
      ('need', 'chiang-mai-need', 'update', '{}', '50')`);
});
afterAll(() => context.close());

const entityIdsSeenBy = async (username: string) => {
  const actor = await actorOf(context, username);
  const rows = await inActorTransaction(context.database, actor, (tx) =>
    selectRows<{ entity_id: string }>(
      tx,
      sql`select entity_id from audit_events where entity_id in ('someone-in-chiang-mai', 'korat-need', 'chiang-mai-need') order by entity_id`,
    ),
  );
  return rows.map((row) => row.entity_id);
};

describe('audit read rule, the second wall', () => {
  it('hides events without a province (accounts, sign-ins) from a scoped reader, even to a raw query', async () => {
    expect(await entityIdsSeenBy('planner.korat')).toEqual(['korat-need']);
  });

  it('shows them to a reader who sees every province', async () => {
    expect(await entityIdsSeenBy('admin')).toEqual([
      'chiang-mai-need',
      'korat-need',
      'someone-in-chiang-mai',
    ]);
  });

  it('still lets a scoped actor record an event without a province', async () => {
    const actor = await actorOf(context, 'planner.korat');
    await inActorTransaction(context.database, actor, (tx) =>
      recordAudit(tx, actor, { entityType: 'user', entityId: 'self-edit', action: 'update', changes: {} }),
    );
    const stored = await selectRows(
      context.database.db,
      sql`select 1 from audit_events where entity_id = 'self-edit'`,
    );
    expect(stored).toHaveLength(1);
  });
});
