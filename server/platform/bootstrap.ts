import { seedAccounts } from '../db/seed/accounts.js';
import { seedReferenceData } from '../db/seed/reference.js';
import { runVillageImport, VILLAGE_IMPORT_JOB } from '../features/areas/village-import.js';
import type { Config } from './config.js';
import { openDatabase, runMigrations, type Database } from './db/client.js';
import { JobRunner } from './jobs/runner.js';

export type Platform = { database: Database; jobs: JobRunner; generatedAdminPassword?: string };

/** Registers every feature's background job handlers. */
export function registerJobHandlers(jobs: JobRunner): void {
  jobs.register(VILLAGE_IMPORT_JOB, runVillageImport);
}

/** Opens the database, migrates, seeds reference data and accounts, and prepares the job runner. */
export async function bootPlatform(config: Config, options: { memory?: boolean } = {}): Promise<Platform> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: options.memory ? undefined : config.dataDir });
  await runMigrations(database);
  await seedReferenceData(database);
  const { generatedAdminPassword } = await seedAccounts(database, { demo: config.demo, adminPassword: config.adminPassword });
  const jobs = new JobRunner(database);
  registerJobHandlers(jobs);
  return { database, jobs, generatedAdminPassword };
}
