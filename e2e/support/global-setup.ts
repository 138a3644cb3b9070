import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEATURES } from '../../server/features/index.js';
import { bootPlatform } from '../../server/platform/bootstrap.js';
import { writeDataDir } from '../../server/test/support/database-template.js';
import { DEMO_DATA_DIR_ENV, demoConfig } from './server.js';

/**
 * Migrating and seeding the demo installation took a large part of every journey file; the run now
 * boots it once and each file's server starts from a copy of its database (still its own, in memory).
 */
export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'areaplan-e2e-demo-'));
  const platform = await bootPlatform(demoConfig(dir), FEATURES, { memory: true });
  try {
    await writeDataDir(platform.database, join(dir, 'demo-data-dir.tar'));
  } finally {
    await platform.database.close();
  }
  process.env[DEMO_DATA_DIR_ENV] = join(dir, 'demo-data-dir.tar');
  return () => rmSync(dir, { recursive: true, force: true });
}
