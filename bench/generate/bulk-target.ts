// The raw connection the generator loads through: COPY FROM STDIN on PostgreSQL, COPY from a blob on PGlite.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../server/platform/db/client.js';

export type BulkTarget = {
  query<T>(text: string): Promise<T[]>;
  /** Loads COPY text lines into `table`; PGlite holds them in memory first (province scale only). */
  copy(table: string, columns: readonly string[], lines: Iterable<string>): Promise<void>;
  release(): Promise<void>;
};

const copySql = (table: string, columns: readonly string[], source: string) =>
  `copy ${table} (${columns.join(', ')}) from ${source}`;

/** A dedicated connection of the app's database, for bulk loading as the owner. */
export async function bulkTarget(database: Database): Promise<BulkTarget> {
  // drizzle keeps the driver client it was built on; the app's Database type does not expose it.
  const client = (database.db as unknown as { $client: pg.Pool | PGlite }).$client;
  if (database.kind === 'pglite') {
    const lite = client as PGlite;
    return {
      query: async <T>(text: string) => (await lite.query<T>(text)).rows,
      copy: async (table, columns, lines) => {
        const blob = new Blob([...lines]);
        await lite.query(copySql(table, columns, "'/dev/blob'"), [], { blob });
      },
      release: async () => {},
    };
  }
  const connection = await (client as pg.Pool).connect();
  return {
    query: async <T>(text: string) => (await connection.query(text)).rows as T[],
    copy: async (table, columns, lines) => {
      await pipeline(Readable.from(lines), connection.query(copyFrom(copySql(table, columns, 'stdin'))));
    },
    release: async () => connection.release(),
  };
}

/**
 * Loads one table the fast way: its indexes that back no constraint dropped and rebuilt after, foreign-key checks
 * off (the generator writes consistent rows). `userTriggers: true` keeps the app's own triggers on,
 * so the statement triggers that keep roll-ups see the whole COPY once, as for an import.
 */
export async function loadWithoutIndexes(
  target: BulkTarget,
  table: string,
  options: { userTriggers: boolean },
  load: () => Promise<void>,
): Promise<void> {
  const indexes = await target.query<{ indexname: string; indexdef: string }>(
    `select c.relname as indexname, pg_get_indexdef(i.indexrelid) as indexdef from pg_index i
      join pg_class c on c.oid = i.indexrelid
      where i.indrelid = 'public.${table}'::regclass and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
  );
  for (const index of indexes) {
    await target.query(`drop index ${index.indexname}`);
  }
  await target.query(`alter table ${table} disable trigger all`);
  if (options.userTriggers) {
    await target.query(`alter table ${table} enable trigger user`);
  }
  try {
    await load();
  } finally {
    await target.query(`alter table ${table} enable trigger all`);
  }
  await target.query(`set maintenance_work_mem = '256MB'`);
  for (const index of indexes) {
    await target.query(index.indexdef);
  }
}
