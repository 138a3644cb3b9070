import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { JobRunner } from './jobs/runner.js';

/** What a service that only reads and writes rows needs. */
export type DatabaseDeps = { database: Database };

/** What a service that enqueues background jobs needs. */
export type JobDeps = DatabaseDeps & { jobs: JobRunner };

/** What a service that reads settings (sessions, cookies, limits) needs. */
export type ConfigDeps = DatabaseDeps & { config: Config };

/** Everything the application hands to a feature's routes; services take one of the narrow types above. */
export type AppDependencies = { config: Config; database: Database; jobs: JobRunner };
