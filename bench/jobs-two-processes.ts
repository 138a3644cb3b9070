// Two real API-like processes share one PostgreSQL job table: 40 jobs, each run exactly once, and a
// third process killed with SIGKILL mid-job has its job taken back only after its lease expired.
// Not a test (needs a PostgreSQL server): `TEST_DATABASE_URL=postgres://… npx tsx bench/jobs-two-processes.ts`
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { FEATURES } from '../server/features/index.js';
import { openDatabase, selectRows, type Database } from '../server/platform/db/client.js';
import { runMigrations } from '../server/platform/db/migrations.js';
import { migrationSetsOf } from '../server/platform/feature.js';
import { JobRunner } from '../server/platform/jobs/runner.js';
import { jobs } from '../server/platform/jobs/tables.js';

const KIND = 'bench.count';
const LEASE_SECONDS = 2;

/** A child process: runs jobs until none is left, recording each run in audit_events. */
async function work(url: string, millis: number): Promise<void> {
  const database = await openDatabase({ url });
  const runner = new JobRunner(database, { leaseSeconds: LEASE_SECONDS, pollSeconds: 0.2 });
  runner.register(KIND, async ({ job }) => {
    await database.db.execute(
      sql`insert into audit_events (entity_type, entity_id, action, reason) values ('bench-run', ${job.id}, 'run', ${String(process.pid)})`,
    );
    await sleep(millis);
    return { status: 'succeeded', result: { pid: process.pid } };
  });
  await runner.start();
  for (;;) {
    const [left] = await selectRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from jobs where status in ('queued', 'running')`,
    );
    if (!left?.count) {
      break;
    }
    await sleep(200);
  }
  await runner.stop();
  await database.close();
}

// Node itself with tsx's loader (not the tsx wrapper), so SIGKILL reaches the process holding the job.
function child(url: string, millis: number): ChildProcess {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--worker', url, String(millis)];
  return spawn(process.execPath, args, { stdio: 'inherit' });
}

const exited = (process: ChildProcess) => new Promise((resolve) => process.once('exit', resolve));

async function queue(database: Database, count: number): Promise<string[]> {
  const rows = await database.db
    .insert(jobs)
    .values(Array.from({ length: count }, (_, index) => ({ kind: KIND, input: { index } })))
    .returning({ id: jobs.id });
  return rows.map((row) => row.id);
}

async function runsPerJob(database: Database, ids: string[]) {
  const runs = await selectRows<{ id: string; runs: number }>(
    database.db,
    sql`select entity_id as id, count(*)::int as runs from audit_events where entity_type = 'bench-run' group by entity_id`,
  );
  const byId = new Map(runs.map((row) => [row.id, row.runs]));
  const finished = await database.db.select().from(jobs).where(inArray(jobs.id, ids));
  return {
    once: ids.filter((id) => byId.get(id) === 1).length,
    more: ids.filter((id) => (byId.get(id) ?? 0) > 1).length,
    never: ids.filter((id) => !byId.has(id)).length,
    succeeded: finished.filter((job) => job.status === 'succeeded').length,
    byProcess: finished.reduce<Record<string, number>>((counts, job) => {
      const pid = String(job.result?.pid ?? '-');
      return { ...counts, [pid]: (counts[pid] ?? 0) + 1 };
    }, {}),
  };
}

async function main(serverUrl: string): Promise<void> {
  const name = `areaplan_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  try {
    await runMigrations(database, migrationSetsOf(FEATURES));
    const ids = await queue(database, 40);
    await Promise.all([child(url.toString(), 50), child(url.toString(), 50)].map(exited));
    console.info('two processes, 40 jobs:', JSON.stringify(await runsPerJob(database, ids)));

    const [slow] = await queue(database, 1);
    const doomed = child(url.toString(), 60_000);
    while (
      (
        await database.db
          .select()
          .from(jobs)
          .where(inArray(jobs.id, [slow ?? '']))
      )[0]?.status !== 'running'
    ) {
      await sleep(100);
    }
    doomed.kill('SIGKILL');
    await exited(doomed);
    const killedAt = Date.now();
    await exited(child(url.toString(), 50));
    const [taken] = await database.db
      .select()
      .from(jobs)
      .where(inArray(jobs.id, [slow ?? '']));
    // Two runs expected: the one killed with its process, and the one after the lease expired.
    console.info(
      `holder killed: job ${taken?.status} after ${taken?.attempts} attempts, finished`,
      `${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill (lease ${LEASE_SECONDS} s)`,
    );
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

if (process.argv[2] === '--worker') {
  await work(process.argv[3] ?? '', Number(process.argv[4] ?? 50));
} else {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error('Set TEST_DATABASE_URL to a PostgreSQL server');
  }
  await main(serverUrl);
}
