import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { notFound, staleVersion, type AppError, type Bilingual } from '../http/errors.js';
import { selectRows, type Queryable } from './client.js';

/** A table whose rows carry an `id` and the `version` that If-Match compares. */
export type VersionedTable = PgTable & { id: AnyPgColumn; version: AnyPgColumn };

/**
 * The answer when a write guarded by the version its editor read touched no row: 412 with the
 * version the row has now, or 404 when it is gone. The version read before the write would be wrong
 * here: on PostgreSQL the write waited for the change that beat it, which this statement then sees.
 */
export async function lostVersionRace(
  tx: Queryable,
  table: VersionedTable,
  id: string | number,
  what: Bilingual,
): Promise<AppError> {
  const [current] = await selectRows<{ version: number }>(
    tx,
    sql`select ${table.version} as version from ${table} where ${eq(table.id, id)}`,
  );
  return current ? staleVersion(Number(current.version)) : notFound(what);
}
