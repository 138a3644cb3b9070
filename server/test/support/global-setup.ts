import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPgliteTemplate, buildServerTemplate, onServer, TEMPLATE_ENV } from './database-template.js';

/**
 * Migrating and seeding a database took most of an API test file's time; the run now does it once and
 * every file starts from a copy (`createTestContext`), as fresh and as isolated as before.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = await buildServerTemplate(serverUrl);
    process.env[TEMPLATE_ENV] = name;
    return () => onServer(serverUrl, `drop database if exists ${name} with (force)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'areaplan-pglite-template-'));
  const tarball = join(dir, 'data-dir.tar');
  await buildPgliteTemplate(tarball);
  process.env[TEMPLATE_ENV] = tarball;
  return async () => rmSync(dir, { recursive: true, force: true });
}
