import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../features/index.js';
import { selectRows, type Database } from '../platform/db/client.js';
import { migrationStatus, PLATFORM_MIGRATIONS, runMigrations } from '../platform/db/migrations.js';
import { migrationSetsOf } from '../platform/feature.js';
import { openTestDatabase } from '../test/harness.js';
import { firstMigrationsOf, migrationCountOf } from '../test/migration-sets.js';

const legacyPlatform = fileURLToPath(
  new URL('../test/fixtures/platform-migrations-before-split', import.meta.url),
);

/** How many migrations each set had at the split (areas and agencies are the sets it created). */
const MIGRATIONS_AT_SPLIT: Record<string, number> = {
  areas: 1,
  agencies: 1,
  needs: 2,
  alignment: 2,
  plans: 2,
};
const PLATFORM_MIGRATIONS_AT_SPLIT = 3;

/** The feature sets among `names` as they stood at the split, with their bookkeeping tables. */
function featureSetsAtSplit(names: readonly string[]): { folder: string; table: string }[] {
  return migrationSetsOf(FEATURES)
    .filter((set) => names.includes(set.name))
    .map((set) => ({
      folder: firstMigrationsOf(set.folder, MIGRATIONS_AT_SPLIT[set.name] ?? 0),
      table: `__migrations_${set.name}`,
    }));
}

async function applySets(database: Database, sets: { folder: string; table: string }[]): Promise<void> {
  for (const set of sets) {
    const options = { migrationsFolder: set.folder, migrationsTable: set.table, migrationsSchema: 'drizzle' };
    if (database.kind === 'postgres') {
      await migratePostgres(database.db as unknown as Parameters<typeof migratePostgres>[0], options);
    } else {
      await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], options);
    }
  }
}

/** Migrates as the code before the split did: one platform set creating areas, agencies and users. */
async function migrateLikeBeforeTheSplit(database: Database): Promise<void> {
  await applySets(database, [
    { folder: legacyPlatform, table: '__drizzle_migrations' },
    ...featureSetsAtSplit(['needs', 'alignment', 'plans']),
  ]);
}

/** Migrates a new database with the split sets only as far as the split itself went. */
async function migrateToTheSplit(database: Database): Promise<void> {
  await applySets(database, [
    {
      folder: firstMigrationsOf(PLATFORM_MIGRATIONS.folder, PLATFORM_MIGRATIONS_AT_SPLIT),
      table: '__drizzle_migrations',
    },
    ...featureSetsAtSplit(Object.keys(MIGRATIONS_AT_SPLIT)),
  ]);
}

/** Tables, columns, constraints, indexes and policies of the public schema, to compare two databases. */
async function schemaShape(database: Database): Promise<string[]> {
  const rows = await selectRows<{ item: string }>(
    database.db,
    sql`select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable as item
          from information_schema.columns where table_schema = 'public'
        union all select 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          from pg_constraint where connamespace = 'public'::regnamespace
        union all select 'index ' || indexname || ' ' || indexdef from pg_indexes where schemaname = 'public'
        union all select 'policy ' || tablename || ' ' || policyname || ' ' || cmd from pg_policies where schemaname = 'public'
        union all select 'rls ' || relname from pg_class where relrowsecurity and relnamespace = 'public'::regnamespace
        order by 1`,
  );
  return rows.map((row) => row.item);
}

async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const { database, dispose } = await openTestDatabase();
  try {
    await work(database);
  } finally {
    await dispose();
  }
}

/** Each test migrates every set from empty twice: on two busy cores beside another file that is minutes. */
const MIGRATES_TWICE_MS = 240_000;

describe('areas, agencies and users leaving the platform migration set', () => {
  it(
    'migrates a database made before the split and keeps its rows',
    async () => {
      let upgraded: string[] = [];
      await withDatabase(async (database) => {
        await migrateLikeBeforeTheSplit(database);
        await database.db.execute(
          sql`insert into regions (id, name_th, name_en, sort_order) values ('north', 'เหนือ', 'North', 1)`,
        );
        await database.db.execute(
          sql`insert into areas (code, level, province_code, name_th) values ('50', 'province', '50', 'เชียงใหม่')`,
        );
        await database.db.execute(
          sql`insert into agencies (id, name_th, kind, province_code) values ('00000000-0000-4000-8000-000000000001', 'สำนักงานจังหวัดเชียงใหม่', 'provincial_office', '50')`,
        );
        await database.db.execute(
          sql`insert into users (username, display_name, password_hash, agency_id) values ('old.user', 'ผู้ใช้เดิม', 'x', '00000000-0000-4000-8000-000000000001')`,
        );

        await runMigrations(database, migrationSetsOf(FEATURES));
        await runMigrations(database, migrationSetsOf(FEATURES));

        const [kept] = await selectRows<{ username: string; agency: string; area: string }>(
          database.db,
          sql`select u.username, g.name_th as agency, a.name_th as area
              from users u join agencies g on g.id = u.agency_id join areas a on a.code = g.province_code`,
        );
        expect(kept).toEqual({ username: 'old.user', agency: 'สำนักงานจังหวัดเชียงใหม่', area: 'เชียงใหม่' });
        const status = await migrationStatus(database);
        for (const set of migrationSetsOf(FEATURES).filter(({ name }) =>
          ['areas', 'agencies'].includes(name),
        )) {
          expect(status).toContainEqual({ name: set.name, applied: migrationCountOf(set.folder) });
        }
        upgraded = await schemaShape(database);
      });
      await withDatabase(async (database) => {
        await runMigrations(database, migrationSetsOf(FEATURES));
        expect(await schemaShape(database)).toEqual(upgraded);
      });
    },
    MIGRATES_TWICE_MS,
  );

  it(
    'gives a fresh database migrated to the split the same tables, keys, indexes and policies as before it',
    async () => {
      let before: string[] = [];
      await withDatabase(async (database) => {
        await migrateLikeBeforeTheSplit(database);
        before = await schemaShape(database);
      });
      await withDatabase(async (database) => {
        await migrateToTheSplit(database);
        expect(await schemaShape(database)).toEqual(before);
        const [violation] = await selectRows<{ ok: boolean }>(
          database.db,
          sql`select exists (select 1 from pg_constraint where conname = 'users_agency_id_agencies_id_fk') as ok`,
        );
        expect(violation?.ok).toBe(true);
      });
    },
    MIGRATES_TWICE_MS,
  );
});
