import { sql } from 'drizzle-orm';
import { provincesOf } from '../../../domain/auth/scope.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Database, Db, Tx } from './client.js';

/**
 * One transaction as the restricted `areaplan_app` role with the actor's provinces set for
 * row-level security. Settings are transaction-local because PGlite serves every request on one
 * connection. One statement sets them all, the role and read-only mode included (`set_config('role',
 * …, true)` is `set local role`), because every round trip counts on a list request.
 */
function actorTransaction<T>(db: Db, actor: Actor, readOnly: boolean, work: (tx: Tx) => Promise<T>) {
  return db.transaction(async (tx) => {
    const view = actor.viewScope;
    const capture = actor.captureScope;
    await tx.execute(sql`select
      set_config('app.user_id', ${actor.userId}, true),
      set_config('app.scope_all_view', ${view.all ? 'on' : 'off'}, true),
      set_config('app.provinces_view', ${provincesOf(view).join(',')}, true),
      set_config('app.scope_all_capture', ${capture.all ? 'on' : 'off'}, true),
      set_config('app.provinces_capture', ${provincesOf(capture).join(',')}, true),
      set_config('role', 'areaplan_app', true)
      ${readOnly ? sql`, set_config('transaction_read_only', 'on', true)` : sql``}`);
    return work(tx);
  });
}

/** Runs `work` on the primary in one RLS transaction as the actor (reads that must see writes, and writes). */
export async function inActorTransaction<T>(
  database: Database,
  actor: Actor,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return actorTransaction(database.db, actor, false, work);
}

/**
 * Runs read-only `work` (roll-ups, the map, exports) on the read pool — a replica when
 * `DATABASE_READ_URL` is set, else the primary — in a read-only RLS transaction, so a read service
 * that tried to write fails the same way on either.
 */
export async function inActorReadTransaction<T>(
  database: Database,
  actor: Actor,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return actorTransaction(database.read, actor, true, work);
}

/** Runs `work` in one transaction as the owner: for sign-in, migrations, seeding and jobs' bookkeeping. */
export async function inSystemTransaction<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(work);
}
