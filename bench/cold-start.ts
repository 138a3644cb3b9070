// Cold start on an existing embedded data folder: time from spawning the server until /api/health
// answers 200, for `npm start`, for `node dist/server/main.js` alone, and for a bare Fastify
// hello-world beside them (the floor: Node.js start plus Fastify). Not a test: prints figures for
// docs/performance.md. Needs a build (`npm run build`).
//
//   BENCH_RUNS=7 BENCH_DATA_DIR=./data npx tsx bench/cold-start.ts
//
// Without BENCH_DATA_DIR a temporary folder is created by one first start (seeding, not timed here).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const node = process.execPath;
const helloWorld = `
import Fastify from 'fastify';
const app = Fastify();
app.get('/api/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(500) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The server runs in its own process group so npm, its shell and node stop together. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    process.kill(-(child.pid ?? 0), 'SIGTERM');
  });
}

/** Milliseconds from spawn until /api/health answers 200. */
async function timeToHealthy(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    while (!(await healthy(port))) {
      if (child.exitCode !== null) {
        throw new Error(`${command} ${args.join(' ')} exited with status ${child.exitCode}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.now() - started;
  } finally {
    await stop(child);
  }
}

async function measure(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    times.push(await timeToHealthy(command, args, env));
  }
  times.sort((a, b) => a - b);
  const seconds = (ms: number | undefined) => `${((ms ?? Number.NaN) / 1000).toFixed(2)} s`;
  const median = times[Math.floor(times.length / 2)];
  console.info(
    `${name.padEnd(36)} min ${seconds(times[0])}  median ${seconds(median)}  max ${seconds(times.at(-1))}`,
  );
}

const ownDataDir = process.env.BENCH_DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'areaplan-cold-'));
const dataDir = process.env.BENCH_DATA_DIR ?? ownDataDir ?? '';
const appEnv = { AREAPLAN_DATA_DIR: dataDir };
try {
  if (ownDataDir) {
    const first = await timeToHealthy(node, ['dist/server/main.js'], appEnv);
    console.info(`first start (creates and seeds ${dataDir}): ${(first / 1000).toFixed(1)} s`);
  }
  console.info(`Node.js ${process.version}, ${RUNS} runs each, load average ${loadavg()[0]?.toFixed(2)}`);
  await measure('npm start', 'npm', ['start', '--silent'], appEnv);
  await measure('node dist/server/main.js', node, ['dist/server/main.js'], appEnv);
  await measure('bare Fastify hello-world', node, ['--input-type=module', '-e', helloWorld]);
  console.info(`load average after: ${loadavg()[0]?.toFixed(2)}`);
} finally {
  if (ownDataDir) {
    rmSync(ownDataDir, { recursive: true, force: true });
  }
}
