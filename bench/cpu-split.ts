// npx tsx bench/cpu-split.ts [seconds]: where the CPU of one list request goes, on the national
// database (DATABASE_URL). autocannon runs in a child process so the server's Node CPU is its own;
// the PostgreSQL backends' CPU is read from /proc for the database's connections. CPU milliseconds
// per request hardly depend on the machine's load, unlike req/s, so they explain the ceiling: two
// cores give at most 2,000 CPU-ms a second to share between Node and PostgreSQL.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { selectRows } from '../server/platform/db/client.js';
import { openBenchApp } from './app-context.js';
import { BENCH_PROVINCE } from './generate/constants.js';
import { rawAs } from './money.js';
import { plannerActor, plannerPage } from './list-statements.js';

const seconds = Number(process.argv[2] ?? 10);
const ticksPerMs = 100 / 1000; // USER_HZ: /proc times are in 1/100 s
const bench = await openBenchApp();
const planner = await bench.signIn('planner.korat');
const db = bench.database;

/** CPU milliseconds used so far by the database's backends (this run's connections included). */
async function postgresCpuMs(): Promise<number> {
  const pids = await selectRows<{ pid: number }>(
    db.db,
    sql`select pid from pg_stat_activity where datname = current_database()`,
  );
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // The backend ended between the query and the read.
    }
  }
  return ticks / ticksPerMs;
}

async function measure(name: string, url: string, headers: string[] = []) {
  const node = process.cpuUsage();
  const postgres = await postgresCpuMs();
  const { stdout } = await promisify(execFile)('npx', [
    'autocannon',
    '--json',
    '-c',
    '10',
    '-d',
    String(seconds),
    ...headers.flatMap((header) => ['-H', header]),
    url,
  ]);
  const nodeUsage = process.cpuUsage(node);
  const postgresMs = Math.max(0, (await postgresCpuMs()) - postgres);
  const result = JSON.parse(stdout) as { requests: { total: number; average: number } };
  const requests = Math.max(1, result.requests.total);
  const nodeMs = (nodeUsage.user + nodeUsage.system) / 1000;
  return `| ${name} | ${result.requests.average.toFixed(0)} | ${(nodeMs / requests).toFixed(2)} | ${(postgresMs / requests).toFixed(2)} | ${((nodeMs + postgresMs) / requests).toFixed(2)} |`;
}

const address = await bench.app.listen({ port: 0, host: '127.0.0.1' });
const bare = Fastify();
bare.get('/hello', async () => ({ hello: 'world' }));
bare.get('/select-1', async () => ({ rows: await selectRows(db.db, sql`select 1`) }));
bare.get('/raw-list', async () => ({ rows: await rawAs(db, plannerActor, ...plannerPage)() }));
const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
const lines = [
  `| Route (10 connections, ${seconds} s, province ${BENCH_PROVINCE}) | req/s | Node CPU ms / request | PostgreSQL CPU ms / request | total CPU ms / request |`,
  '| --- | ---: | ---: | ---: | ---: |',
  await measure('bare Fastify hello-world', `${bareAddress}/hello`),
  await measure('bare Fastify + `select 1`', `${bareAddress}/select-1`),
  await measure('bare Fastify + the list page and count as raw SQL', `${bareAddress}/raw-list`),
  await measure('GET /api/v1/needs?limit=50 (planner, whole app)', `${address}/api/v1/needs?limit=50`, [
    `cookie: ${planner.cookie}`,
  ]),
];
console.info(lines.join('\n'));
await bare.close();
await bench.close();
