import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import pg from 'pg';

/** Queries use the query builder over imported tables, so no relational schema is registered. */
export type Schema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the pool or an open transaction. */
export type Queryable = Db | Tx;

/** The extensions the migrations create, loaded into every PGlite the app opens (including restores). */
export const PGLITE_EXTENSIONS = { pg_trgm, btree_gin, btree_gist };

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  kind: DatabaseKind;
  db: Db;
  /**
   * Where read-only services (roll-ups, the map, exports) read: the pool of a streaming replica when
   * `DATABASE_READ_URL` is set, else the same as `db`. Writes and read-your-writes stay on `db`.
   */
  read: Db;
  close(): Promise<void>;
};

function openPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client dropped by the server (restart, admin kill) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.warn(`PostgreSQL idle client error: ${error.message}`));
  return pool;
}

/**
 * Opens PGlite (in memory when `dataDir` is undefined, else persisted there) or a PostgreSQL server
 * when a postgres:// URL is given, with a second pool for reads when `readUrl` is given too.
 */
export async function openDatabase(options: {
  url?: string;
  readUrl?: string;
  dataDir?: string;
  /** A PGlite data dir tarball (`dumpDataDir`) to start from instead of an empty cluster. */
  loadDataDir?: Blob;
}): Promise<Database> {
  if (options.url) {
    const pool = openPool(options.url);
    const readPool = options.readUrl ? openPool(options.readUrl) : undefined;
    const db = drizzlePostgres(pool) as unknown as Db;
    const read = readPool ? (drizzlePostgres(readPool) as unknown as Db) : db;
    const close = async () => {
      await pool.end();
      await readPool?.end();
    };
    return { kind: 'postgres', db, read, close };
  }
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
  }
  const client = await PGlite.create(options.dataDir ?? 'memory://', {
    extensions: PGLITE_EXTENSIONS,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite(client) as unknown as Db;
  return { kind: 'pglite', db, read: db, close: () => client.close() };
}

/** The data dir of an open PGlite database as an uncompressed tarball, for `loadDataDir`. */
export async function dumpPgliteDataDir(database: Database): Promise<Blob> {
  if (database.kind !== 'pglite') {
    throw new Error('only a PGlite database has a data dir to dump');
  }
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}

/** Rows of a raw `execute` result; node-postgres and PGlite both answer with `{ rows }`. */
export async function selectRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
