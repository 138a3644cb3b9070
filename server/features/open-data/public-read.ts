import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db/client.js';

/**
 * The one way public (anonymous) requests read: a read-only transaction as `areaplan_public`, a role
 * granted SELECT on the open_* views of this feature's migration and nothing else. The views select
 * only published rows and public columns, so a query here that names a private table is refused by
 * the database ("permission denied") rather than trusted to filter.
 */
export function inPublicReadTransaction<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.read.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'areaplan_public', true), set_config('transaction_read_only', 'on', true)`,
    );
    return work(tx);
  });
}
