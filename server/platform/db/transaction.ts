import { sql } from 'drizzle-orm';
import { provincesOf } from '../../../domain/auth/scope.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Database, Tx } from './client.js';

/**
 * Runs `work` in one transaction as the restricted `areaplan_app` role with the actor's provinces
 * set for row-level security. Settings are transaction-local because PGlite serves every request
 * on one connection. One statement sets them all, the role included (`set_config('role', …, true)`
 * is `set local role`), because every round trip counts on a list request.
 */
export async function inActorTransaction<T>(
  database: Database,
  actor: Actor,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return database.db.transaction(async (tx) => {
    const view = actor.viewScope;
    const capture = actor.captureScope;
    await tx.execute(sql`select
      set_config('app.user_id', ${actor.userId}, true),
      set_config('app.scope_all_view', ${view.all ? 'on' : 'off'}, true),
      set_config('app.provinces_view', ${provincesOf(view).join(',')}, true),
      set_config('app.scope_all_capture', ${capture.all ? 'on' : 'off'}, true),
      set_config('app.provinces_capture', ${provincesOf(capture).join(',')}, true),
      set_config('role', 'areaplan_app', true)`);
    return work(tx);
  });
}

/** Runs `work` in one transaction as the owner: for sign-in, migrations, seeding and jobs' bookkeeping. */
export async function inSystemTransaction<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(work);
}
