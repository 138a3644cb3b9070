import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/app.js';
import { FEATURES } from '../../server/features/index.js';
import { bootPlatform } from '../../server/platform/bootstrap.js';
import { loadConfig } from '../../server/platform/config.js';

export type E2EServer = {
  /** Base URL such as http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  close(): Promise<void>;
};

/**
 * Starts the real AreaPlan server in this process on an in-memory database seeded with demo data,
 * serving the built web app from dist/web on a free port.
 */
export async function startServer(): Promise<E2EServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'areaplan-e2e-'));
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    AREAPLAN_DATA_DIR: dataDir,
    AREAPLAN_DEMO: '1',
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
  });
  if (!existsSync(join(config.webDir, 'index.html'))) {
    throw new Error(`${join(config.webDir, 'index.html')} is missing: run npm run build:web first`);
  }
  const platform = await bootPlatform(config, FEATURES, { memory: true });
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
