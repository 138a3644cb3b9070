import { sql } from 'drizzle-orm';
import { provincesOf } from '../../../domain/auth/scope.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Database, Db, Tx } from './client.js';
import { settingLiteral, transactionOpenedWith } from './one-trip-begin.js';

/** The RLS settings of an actor's transaction: name → value, all transaction-local. */
function actorSettings(actor: Actor, readOnly: boolean): [string, string][] {
  const view = actor.viewScope;
  const capture = actor.captureScope;
  return [
    ['app.user_id', actor.userId],
    ['app.scope_all_view', view.all ? 'on' : 'off'],
    ['app.provinces_view', provincesOf(view).join(',')],
    ['app.scope_all_capture', capture.all ? 'on' : 'off'],
    ['app.provinces_capture', provincesOf(capture).join(',')],
    ['role', 'areaplan_app'],
    ...(readOnly ? [['transaction_read_only', 'on'] as [string, string]] : []),
  ];
}

/**
 * One transaction as the restricted `areaplan_app` role with the actor's provinces set for
 * row-level security. Settings are transaction-local because PGlite serves every request on one
 * connection. One statement sets them all, the role and read-only mode included (`set_config('role',
 * …, true)` is `set local role`), because every round trip counts on a list request; on PostgreSQL
 * it travels with `begin` (values as quoted literals, as a simple query takes no parameters).
 */
function actorTransaction<T>(
  database: Database,
  db: Db,
  actor: Actor,
  readOnly: boolean,
  work: (tx: Tx) => Promise<T>,
) {
  const settings = actorSettings(actor, readOnly);
  if (database.kind === 'postgres') {
    const calls = settings.map(
      ([name, value]) => `set_config(${settingLiteral(name)}, ${settingLiteral(value)}, true)`,
    );
    return transactionOpenedWith(db, `select ${calls.join(', ')}`, work);
  }
  return db.transaction(async (tx) => {
    const calls = settings.map(([name, value]) => sql`set_config(${name}, ${value}, true)`);
    await tx.execute(sql`select ${sql.join(calls, sql`, `)}`);
    return work(tx);
  });
}

/** Runs `work` on the primary in one RLS transaction as the actor (reads that must see writes, and writes). */
export async function inActorTransaction<T>(
  database: Database,
  actor: Actor,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return actorTransaction(database, database.db, actor, false, work);
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
  return actorTransaction(database, database.read, actor, true, work);
}

/** Runs `work` in one transaction as the owner: for sign-in, migrations, seeding and jobs' bookkeeping. */
export async function inSystemTransaction<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(work);
}
