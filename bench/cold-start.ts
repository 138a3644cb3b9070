// Cold start on an existing embedded data folder: time from spawning the server until /api/health
// answers 200, for `npm start`, for `node dist/server/main.js` alone, and for a bare Fastify
// hello-world beside them (the floor: Node.js start plus Fastify). Also the CPU time the process group
// used until then (Linux /proc), which a busy shared machine inflates far less than the wall time.
// Not a test: prints figures for docs/performance.md. Needs a build (`npm run build`).
//
//   BENCH_RUNS=7 BENCH_DATA_DIR=./data npx tsx bench/cold-start.ts
//
// BENCH_TSX=1 adds the way `npm start` used to run the server: TypeScript compiled on the fly by tsx.
// Without BENCH_DATA_DIR a temporary folder is created by one first start (seeding, not timed here).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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

/** CPU seconds (user + system) used so far by every process in the group (npm, sh, node). */
function groupCpuSeconds(group: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the command name: state ppid pgrp … utime (12th) stime (13th).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      if (Number(fields[2]) === group) {
        ticks += Number(fields[11]) + Number(fields[12]);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks / 100;
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

type Start = { wallMs: number; cpuSeconds: number };

/** Milliseconds from spawn until /api/health answers 200, and the CPU time used by then. */
async function timeToHealthy(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Start> {
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
    return { wallMs: performance.now() - started, cpuSeconds: groupCpuSeconds(child.pid ?? 0) };
  } finally {
    await stop(child);
  }
}

async function measure(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const starts: Start[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    starts.push(await timeToHealthy(command, args, env));
  }
  const times = starts.map((start) => start.wallMs / 1000).sort((a, b) => a - b);
  const cpu = starts.map((start) => start.cpuSeconds).sort((a, b) => a - b);
  const middle = Math.floor(RUNS / 2);
  const seconds = (value: number | undefined) => `${(value ?? Number.NaN).toFixed(2)} s`;
  console.info(
    `${name.padEnd(28)} wall min ${seconds(times[0])}  median ${seconds(times[middle])}  ` +
      `max ${seconds(times.at(-1))}   CPU median ${seconds(cpu[middle])}`,
  );
}

const ownDataDir = process.env.BENCH_DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'areaplan-cold-'));
const dataDir = process.env.BENCH_DATA_DIR ?? ownDataDir ?? '';
const appEnv = { AREAPLAN_DATA_DIR: dataDir };
try {
  if (ownDataDir) {
    const first = await timeToHealthy(node, ['dist/server/main.js'], appEnv);
    console.info(`first start (creates and seeds ${dataDir}): ${(first.wallMs / 1000).toFixed(1)} s`);
  }
  console.info(`Node.js ${process.version}, ${RUNS} runs each, load average ${loadavg()[0]?.toFixed(2)}`);
  await measure('npm start', 'npm', ['start', '--silent'], appEnv);
  await measure('node dist/server/main.js', node, ['dist/server/main.js'], appEnv);
  if (process.env.BENCH_TSX === '1') {
    await measure('tsx server/main.ts (before)', 'node_modules/.bin/tsx', ['server/main.ts'], appEnv);
  }
  await measure('bare Fastify hello-world', node, ['--input-type=module', '-e', helloWorld]);
  console.info(`load average after: ${loadavg()[0]?.toFixed(2)}`);
} finally {
  if (ownDataDir) {
    rmSync(ownDataDir, { recursive: true, force: true });
  }
}
