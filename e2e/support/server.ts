import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/app.js';
import { FEATURES } from '../../server/features/index.js';
import { bootPlatform } from '../../server/platform/bootstrap.js';
import { loadConfig, type Config } from '../../server/platform/config.js';
import { readDataDir } from '../../server/test/support/database-template.js';

/** The demo database every journey's server starts from, made once per run by `global-setup.ts`. */
export const DEMO_DATA_DIR_ENV = 'AREAPLAN_E2E_DEMO_DATA_DIR';

export type E2EServer = {
  /** Base URL such as http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  close(): Promise<void>;
};

/** A demo installation on an in-memory database, keeping its files in `dataDir`. */
export function demoConfig(dataDir: string): Config {
  return loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    AREAPLAN_DATA_DIR: dataDir,
    AREAPLAN_DEMO: '1',
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
  });
}

/**
 * Starts the real AreaPlan server in this process on an in-memory database seeded with demo data (a
 * copy of the run's demo database when the global setup made one), serving the built web app from
 * dist/web on a free port.
 */
export async function startServer(): Promise<E2EServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'areaplan-e2e-'));
  const config = demoConfig(dataDir);
  if (!existsSync(join(config.webDir, 'index.html'))) {
    throw new Error(`${join(config.webDir, 'index.html')} is missing: run npm run build:web first`);
  }
  const demoDataDir = process.env[DEMO_DATA_DIR_ENV];
  const platform = await bootPlatform(config, FEATURES, {
    memory: true,
    ...(demoDataDir ? { migratedDataDir: readDataDir(demoDataDir) } : {}),
  });
  const app = await buildApp({ config, database: platform.database, jobs: platform.jobs });
  await platform.jobs.start();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await platform.jobs.stop();
      await platform.database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
