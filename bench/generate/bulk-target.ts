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
