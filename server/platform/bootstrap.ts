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
  options: { memory?: boolean } = {},
): Promise<Platform> {
  const database = await openDatabase({
    url: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: options.memory ? undefined : config.dataDir,
  });
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
  const jobs = new JobRunner(database, {
    maxAttempts: config.jobMaxAttempts,
    leaseSeconds: config.jobLeaseSeconds,
  });
  activateFeatures(features, jobs);
  return { database, jobs, generatedAdminPassword };
}
