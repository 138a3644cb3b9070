import { seedAdministrator } from '../db/seed/accounts.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { runMigrations } from './db/migrations.js';
import { activateFeatures, migrationSetsOf, seedFeatures, type Feature } from './feature.js';
import { JobRunner } from './jobs/runner.js';

export type Platform = { database: Database; jobs: JobRunner; generatedAdminPassword?: string };

/**
 * Opens the database, migrates the platform and every feature, seeds reference data, the
 * administrator and (for demo installations) demo accounts and records, and prepares the job runner.
 */
export async function bootPlatform(
  config: Config,
  features: readonly Feature[],
  options: {
    memory?: boolean;
    /**
     * An in-memory PGlite data dir (`dumpDataDir`) that this same boot already migrated and seeded:
     * opened as it is, nothing re-run (the browser journeys boot one per file from one made per run).
     */
    migratedDataDir?: Blob;
  } = {},
): Promise<Platform> {
  const database = await openDatabase({
    url: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: options.memory || options.migratedDataDir ? undefined : config.dataDir,
    loadDataDir: options.migratedDataDir,
  });
  const { generatedAdminPassword } = options.migratedDataDir
    ? { generatedAdminPassword: undefined }
    : await migrateAndSeed(database, config, features);
  const jobs = new JobRunner(database, {
    maxAttempts: config.jobMaxAttempts,
    leaseSeconds: config.jobLeaseSeconds,
  });
  activateFeatures(features, jobs);
  return { database, jobs, generatedAdminPassword };
}

async function migrateAndSeed(
  database: Database,
  config: Config,
  features: readonly Feature[],
): Promise<{ generatedAdminPassword?: string }> {
  await runMigrations(database, migrationSetsOf(features));
  await seedFeatures(database, features, 'reference');
  const { generatedAdminPassword } = await seedAdministrator(database, {
    demo: config.demo,
    adminPassword: config.adminPassword,
  });
  if (config.demo) {
    await seedFeatures(database, features, 'demoAccounts');
    await seedFeatures(database, features, 'demo');
  }
  return { generatedAdminPassword };
}
