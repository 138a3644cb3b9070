import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../app.js';
import { DEMO_PASSWORD } from '../db/seed/accounts.js';
import { FEATURES } from '../features/index.js';
import { loadConfig, type Config } from '../platform/config.js';
import { openDatabase, type Database } from '../platform/db/client.js';
import { activateFeatures } from '../platform/feature.js';
import { JobRunner } from '../platform/jobs/runner.js';
import {
  databaseUrlNamed,
  migrateAndSeed,
  onServer,
  readDataDir,
  TEMPLATE_ENV,
  uniqueDatabaseName,
} from './support/database-template.js';

export type TestClient = {
  username: string;
  csrfToken: string;
  cookie: string;
  request(
    method: string,
    url: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
};

export type TestContext = {
  app: App;
  database: Database;
  jobs: JobRunner;
  signIn(username: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
};

/**
 * A fresh, empty database per test file: in-memory PGlite by default, or a new database on the server
 * named by TEST_DATABASE_URL (dropped again on close), so both engines run the same suite.
 */
export async function openTestDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  return openDatabaseCopy(undefined);
}

/**
 * A fresh database per test file, migrated and seeded: a copy of the run's template when the global
 * setup made one (`support/global-setup.ts`), else migrated and seeded here.
 */
async function openSeededTestDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const template = process.env[TEMPLATE_ENV];
  const opened = await openDatabaseCopy(template);
  if (!template) {
    await migrateAndSeed(opened.database);
  }
  return opened;
}

/** In-memory PGlite or a new database on the TEST_DATABASE_URL server, empty or copied from `template`. */
async function openDatabaseCopy(
  template: string | undefined,
): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase(template ? { loadDataDir: readDataDir(template) } : {});
    return { database, dispose: () => database.close() };
  }
  const name = uniqueDatabaseName('areaplan_test');
  await onServer(serverUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const database = await openDatabase({ url: databaseUrlNamed(serverUrl, name) });
  return {
    database,
    dispose: async () => {
      await database.close();
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Builds the whole app from the feature registry on a migrated, seeded database with every demo account. */
export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const { database, dispose } = await openSeededTestDatabase();
  const config = {
    ...loadConfig({}),
    logLevel: 'silent',
    maxUploadBytes: 256 * 1024,
    webDir: '/nonexistent',
    // A test file sends far more requests a minute than a person; the limit has its own tests.
    apiRateLimitPerMinute: 1_000_000,
    ...overrides,
  };
  const jobs = new JobRunner(database);
  activateFeatures(FEATURES, jobs);
  await jobs.start();
  const app = await buildApp({ config, database, jobs });
  await app.ready();

  const signIn = async (username: string, password = DEMO_PASSWORD): Promise<TestClient> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    if (response.statusCode !== 200) {
      throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
    }
    const session = response.cookies.find((cookie) => cookie.name === 'areaplan_session');
    const cookie = `areaplan_session=${session?.value ?? ''}`;
    const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return {
      username,
      csrfToken,
      cookie,
      request: (method, url, options = {}) =>
        app.inject({
          method: method as 'GET',
          url,
          headers: { cookie, 'x-csrf-token': csrfToken, ...options.headers },
          ...(options.body === undefined ? {} : { payload: options.body as object }),
        }),
    };
  };

  return {
    app,
    database,
    jobs,
    signIn,
    close: async () => {
      await app.close();
      await jobs.stop();
      await dispose();
    },
  };
}
