import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { selectRows, type Database } from './client.js';

/**
 * A folder of generated migrations with its own bookkeeping table, so the platform and each feature
 * that owns tables can change their schema independently.
 */
export type MigrationSet = { name: string; folder: string };

const BOOKKEEPING_SCHEMA = 'drizzle';
const PLATFORM = 'platform';

/** Identity, sessions, audit trail, jobs and stored files: always migrated first. */
export const PLATFORM_MIGRATIONS: MigrationSet = {
  name: PLATFORM,
  folder: fileURLToPath(new URL('../../db/migrations', import.meta.url)),
};

/** The platform keeps drizzle's default table name, which existing databases already have. */
function bookkeepingTable(setName: string): string {
  return setName === PLATFORM ? '__drizzle_migrations' : `__migrations_${setName}`;
}

function setNameOf(table: string): string {
  return table === '__drizzle_migrations' ? PLATFORM : table.replace(/^__migrations_/, '');
}

export class MigrationError extends Error {}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  return error.cause instanceof Error ? error.cause.message : error.message;
}

/** Applies every pending migration of the platform, then of each set in order; a failure stops here. */
export async function runMigrations(database: Database, sets: readonly MigrationSet[]): Promise<void> {
  for (const set of [PLATFORM_MIGRATIONS, ...sets]) {
    const options = {
      migrationsFolder: set.folder,
      migrationsTable: bookkeepingTable(set.name),
      migrationsSchema: BOOKKEEPING_SCHEMA,
    };
    try {
      if (database.kind === 'postgres') {
        await migratePostgres(database.db as unknown as Parameters<typeof migratePostgres>[0], options);
      } else {
        await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], options);
      }
    } catch (error) {
      throw new MigrationError(
        `Database migration failed (${set.name}) / การปรับโครงสร้างฐานข้อมูลล้มเหลว: ${causeOf(error)}`,
      );
    }
  }
}

/** How many migrations each set has applied, read from the bookkeeping tables that exist. */
export async function migrationStatus(database: Database): Promise<{ name: string; applied: number }[]> {
  const tables = await selectRows<{ table_name: string }>(
    database.db,
    sql`select table_name from information_schema.tables where table_schema = ${BOOKKEEPING_SCHEMA} order by table_name`,
  );
  const status: { name: string; applied: number }[] = [];
  for (const { table_name: table } of tables) {
    const [row] = await selectRows<{ applied: number }>(
      database.db,
      sql`select count(*)::int as applied from ${sql.identifier(BOOKKEEPING_SCHEMA)}.${sql.identifier(table)}`,
    );
    status.push({ name: setNameOf(table), applied: Number(row?.applied ?? 0) });
  }
  return status;
}

/** A feature's migration set from its folder URL (`new URL('./migrations', import.meta.url)`). */
export function featureMigrations(name: string, folder: URL): MigrationSet {
  return { name, folder: fileURLToPath(folder) };
}
