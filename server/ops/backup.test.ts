import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { seedAdministrator } from '../db/seed/accounts.js';
import { FEATURES } from '../features/index.js';
import { seedDemoPlan } from '../features/plans/demo.js';
import { actorOf } from '../test/factories.js';
import { migrationSetsOf, seedFeatures } from '../platform/feature.js';
import { openDatabase, selectRows, type Database } from '../platform/db/client.js';
import { runMigrations } from '../platform/db/migrations.js';
import { inActorTransaction } from '../platform/db/transaction.js';
import type { TestContext } from '../test/harness.js';
import { startTemporaryCluster } from '../test/temporary-cluster.js';
import { rowLevelSecurityStatus } from '../features/health/row-level-security.js';
import { backup, restore } from './backup.js';

const work = mkdtempSync(join(tmpdir(), 'areaplan-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function seeded(database: Database): Promise<void> {
  await runMigrations(database, migrationSetsOf(FEATURES));
  await seedFeatures(database, FEATURES, 'reference');
  await seedAdministrator(database, { demo: true });
  await seedFeatures(database, FEATURES, 'demoAccounts');
  await seedDemoPlan(database);
}

/** What an export compares: rows per table, and the needs and plan items a provincial planner reads. */
async function exportOf(database: Database) {
  const tables = await selectRows<{ name: string }>(
    database.db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await selectRows<{ count: number }>(
      database.db,
      sql.raw(`select count(*)::int as count from "${name}"`),
    );
    counts[name] = row?.count ?? 0;
  }
  const planner = await actorOf({ database } as TestContext, 'planner.korat');
  const scoped = await inActorTransaction(database, planner, async (tx) => ({
    needs: await selectRows(tx, sql`select id, title, province_code, version from needs order by id`),
    items: await selectRows(tx, sql`select id, title, province_code from plan_items order by id`),
  }));
  return { counts, scoped, security: await rowLevelSecurityStatus(database) };
}

describe('embedded database backup', () => {
  it('restores a data folder backup into a new folder with the same rows', async () => {
    const source = join(work, 'source');
    const database = await openDatabase({ dataDir: source });
    await seeded(database);
    const before = await exportOf(database);
    await database.close();
    const file = join(work, 'embedded.tar.gz');
    await backup({ dataDir: source }, file);
    const status = await restore(file, { dataDir: join(work, 'restored') });
    expect(status.problems).toEqual([]);
    await expect(restore(file, { dataDir: source })).rejects.toThrow(/not empty/);
    const restored = await openDatabase({ dataDir: join(work, 'restored') });
    expect(await exportOf(restored)).toEqual(before);
    await restored.close();
  }, 600_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL backup', () => {
  it('restores into a fresh cluster without the app role: same export, every policy present', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? '';
    const name = `areaplan_backup_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const sourceUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
    const cluster = await startTemporaryCluster();
    try {
      const database = await openDatabase({ url: sourceUrl });
      await seeded(database);
      const before = await exportOf(database);
      await database.close();
      const file = join(work, 'postgres.dump');
      await backup({ databaseUrl: sourceUrl }, file);

      const target = new pg.Client({ connectionString: cluster.url });
      await target.connect();
      expect((await target.query(`select 1 from pg_roles where rolname = 'areaplan_app'`)).rowCount).toBe(0);
      await target.query('create database areaplan');
      await target.end();
      const targetUrl = cluster.url.replace(/\/postgres$/, '/areaplan');
      const status = await restore(file, { databaseUrl: targetUrl });
      expect(status.problems).toEqual([]);
      expect(status.policies).toBe(before.security.policies);
      const restored = await openDatabase({ url: targetUrl });
      expect(await exportOf(restored)).toEqual(before);
      await restored.close();
    } finally {
      cluster.stop();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 600_000);
});
