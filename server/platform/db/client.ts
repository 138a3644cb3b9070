import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import pg from 'pg';
import { MIGRATION_SETS } from '../../db/migration-sets.js';
import * as schema from '../../db/schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the pool or an open transaction. */
export type Queryable = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  kind: DatabaseKind;
  db: Db;
  close(): Promise<void>;
};

/**
 * Opens PGlite (in memory when `dataDir` is undefined, else persisted there) or a PostgreSQL server
 * when a postgres:// URL is given.
 */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle client dropped by the server (restart, admin kill) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (error) => console.warn(`PostgreSQL idle client error: ${error.message}`));
    const db = drizzlePostgres(pool, { schema }) as unknown as Db;
    return { kind: 'postgres', db, close: () => pool.end() };
  }
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
  }
  const client = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { kind: 'pglite', db, close: () => client.close() };
}

export class MigrationError extends Error {}

/** Applies every pending migration of every set in order; a failure stops here with its message. */
export async function runMigrations(database: Database): Promise<void> {
  for (const set of MIGRATION_SETS) {
    const options = { migrationsFolder: set.folder, migrationsTable: set.table, migrationsSchema: 'drizzle' };
    try {
      if (database.kind === 'postgres') {
        await migratePostgres(database.db as unknown as Parameters<typeof migratePostgres>[0], options);
      } else {
        await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], options);
      }
    } catch (error) {
      const cause =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      throw new MigrationError(
        `Database migration failed (${set.name}) / การปรับโครงสร้างฐานข้อมูลล้มเหลว: ${cause}`,
      );
    }
  }
}

/** Rows of a raw `execute` result; node-postgres and PGlite both answer with `{ rows }`. */
export async function selectRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
