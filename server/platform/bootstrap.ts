import { seedAccounts } from '../db/seed/accounts.js';
import { seedReferenceData } from '../db/seed/reference.js';
import { runVillageImport, VILLAGE_IMPORT_JOB } from '../features/areas/village-import.js';
import type { Config } from './config.js';
import { openDatabase, runMigrations, type Database } from './db/client.js';
import { JobRunner } from './jobs/runner.js';
import { NEED_IMPORT_JOB, runNeedImport } from '../features/needs/import-job.js';
import { seedDemoNeeds } from '../features/needs/demo.js';
import { seedDemoPlan } from '../features/plans/demo.js';
import { ITEM_IMPORT_JOB, KPI_IMPORT_JOB, runPlanSheetImport } from '../features/plans/outputs/import-job.js';
import { PLAN_PDF_JOB, runPlanPdf } from '../features/plans/outputs/pdf-job.js';

export type Platform = { database: Database; jobs: JobRunner; generatedAdminPassword?: string };

/** Registers every feature's background job handlers. */
export function registerJobHandlers(jobs: JobRunner): void {
  jobs.register(VILLAGE_IMPORT_JOB, runVillageImport);
  jobs.register(NEED_IMPORT_JOB, runNeedImport);
  jobs.register(PLAN_PDF_JOB, runPlanPdf);
  jobs.register(KPI_IMPORT_JOB, runPlanSheetImport);
  jobs.register(ITEM_IMPORT_JOB, runPlanSheetImport);
}

/** Opens the database, migrates, seeds reference data and accounts, and prepares the job runner. */
export async function bootPlatform(config: Config, options: { memory?: boolean } = {}): Promise<Platform> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: options.memory ? undefined : config.dataDir,
  });
  await runMigrations(database);
  await seedReferenceData(database);
  const { generatedAdminPassword } = await seedAccounts(database, {
    demo: config.demo,
    adminPassword: config.adminPassword,
  });
  if (config.demo) {
    await seedDemoNeeds(database);
    await seedDemoPlan(database);
  }
  const jobs = new JobRunner(database);
  registerJobHandlers(jobs);
  return { database, jobs, generatedAdminPassword };
}
