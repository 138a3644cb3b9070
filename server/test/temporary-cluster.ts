import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgBinary } from '../ops/pg-tools.js';

export type TemporaryCluster = { url: string; stop(): void };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * A brand-new PostgreSQL cluster in a temp folder on a free port, as a fresh server for restore tests
 * (it has none of the roles of the test server). initdb refuses root, so as root it runs as postgres.
 */
export async function startTemporaryCluster(): Promise<TemporaryCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'areaplan-cluster-'));
  const asRoot = process.getuid?.() === 0;
  const postgresIds = asRoot
    ? (['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }))) as [
        number,
        number,
      ])
    : undefined;
  if (postgresIds) {
    chownSync(dir, ...postgresIds);
    chmodSync(dir, 0o700);
  }
  const run = (name: 'initdb' | 'pg_ctl', args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', pgBinary(name), ...args], { stdio: 'pipe' })
      : execFileSync(pgBinary(name), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    'start',
    '-w',
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      run('pg_ctl', ['stop', '-m', 'fast', '-w', '-D', data]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
