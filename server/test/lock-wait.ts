import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { selectRows, type Queryable } from '../platform/db/client.js';

/**
 * How many statements of this database wait on a lock, once one does, or 0 after `seconds`. Polled by
 * the clock, not by a count of tries: on a loaded machine the waiting statement can take seconds to
 * get there. PostgreSQL only (it reads pg_stat_activity).
 */
export async function statementsWaitingOnALock(db: Queryable, seconds = 30): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const [row] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`,
    );
    const waiting = Number(row?.n);
    if (waiting > 0 || Date.now() >= deadline) {
      return waiting;
    }
    await sleep(20);
  }
}
