// The whole app on the generated bench database (DATABASE_URL, else the PGlite directory), signed in.
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../server/app.js';
import { DEMO_PASSWORD } from '../server/db/seed/accounts.js';
import { FEATURES } from '../server/features/index.js';
import { loadConfig } from '../server/platform/config.js';
import { openDatabase } from '../server/platform/db/client.js';
import { runMigrations } from '../server/platform/db/migrations.js';
import { activateFeatures, migrationSetsOf } from '../server/platform/feature.js';
import { JobRunner } from '../server/platform/jobs/runner.js';

export type BenchClient = {
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
};

export async function openBenchApp() {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(
    url ? { url } : { dataDir: process.env.BENCH_DATA_DIR ?? '.bench/pglite' },
  );
  await runMigrations(database, migrationSetsOf(FEATURES));
  const config = {
    ...loadConfig({}),
    logLevel: 'silent',
    webDir: '/nonexistent',
    apiRateLimitPerMinute: 100_000_000,
  };
  const jobs = new JobRunner(database);
  activateFeatures(FEATURES, jobs);
  const app = await buildApp({ config, database, jobs });
  await app.ready();
  const signIn = async (username: string): Promise<BenchClient> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    if (response.statusCode !== 200) {
      throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
    }
    const session = response.cookies.find((cookie) => cookie.name === 'areaplan_session');
    const cookie = `areaplan_session=${session?.value ?? ''}`;
    return {
      cookie,
      get: async (path) => {
        const answer = await app.inject({ method: 'GET', url: path, headers: { cookie } });
        if (answer.statusCode !== 200) {
          throw new Error(`GET ${path}: ${answer.statusCode} ${answer.body.slice(0, 300)}`);
        }
        return answer;
      },
    };
  };
  return { app, database, signIn, close: () => app.close().then(() => database.close()) };
}
