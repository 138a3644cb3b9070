import { setTimeout as sleep } from 'node:timers/promises';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { openDatabase, selectRows, type Database } from '../db/client.js';
import { JobRunner, type JobHandler } from './runner.js';
import { jobs } from './tables.js';

// Two runners on two connection pools stand for two API processes sharing the job table. On
// PGlite (one in-process connection) both runners share it; PostgreSQL is where this matters.
let context: TestContext;
let second: Database;
beforeAll(async () => {
  context = await createTestContext();
  // These tests run their own runners on test-only job kinds. The app's runner would otherwise claim a
  // test's job on its 15-second poll (as an unknown kind, failed) whenever the poll falls between the
  // insert and the test runner's claim, which a loaded machine makes likely.
  await context.jobs.stop();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const [current] = await selectRows<{ name: string }>(
      context.database.db,
      sql`select current_database() as name`,
    );
    const url = new URL(serverUrl);
    url.pathname = `/${current?.name ?? ''}`;
    second = await openDatabase({ url: url.toString() });
  } else {
    second = context.database;
  }
});
afterAll(async () => {
  if (second !== context.database) {
    await second.close();
  }
  await context.close();
});

const quiet = { log: () => undefined };

async function settled(ids: string[]): Promise<void> {
  for (;;) {
    const rows = await context.database.db
      .select({ status: jobs.status })
      .from(jobs)
      .where(inArray(jobs.id, ids));
    if (rows.every((row) => row.status === 'succeeded' || row.status === 'failed')) {
      return;
    }
    await sleep(100);
  }
}

async function runningOneOf(ids: string[]): Promise<void> {
  const running = async () =>
    (await context.database.db.select({ status: jobs.status }).from(jobs).where(inArray(jobs.id, ids))).some(
      (row) => row.status === 'running',
    );
  while (!(await running())) {
    await sleep(10);
  }
}

function countingHandler(calls: Map<string, number>, millis: number): JobHandler {
  return async ({ job }) => {
    calls.set(job.id, (calls.get(job.id) ?? 0) + 1);
    await sleep(millis);
    return { status: 'succeeded', result: {} };
  };
}

describe('two runners sharing the job table', () => {
  it('run each of 20 jobs exactly once', async () => {
    const calls = new Map<string, number>();
    const runners = [new JobRunner(context.database, quiet), new JobRunner(second, quiet)];
    runners.forEach((runner) => runner.register('test.shared', countingHandler(calls, 20)));
    const queued = [];
    for (let index = 0; index < 20; index += 1) {
      queued.push(
        await runners[0]!.enqueue(context.database.db, {
          kind: 'test.shared',
          input: { index },
          createdBy: null,
          provinceCode: null,
        }),
      );
    }
    await runners[0]!.start();
    await runningOneOf(queued.map((job) => job.id));
    // The second "process" boots while the first is at work, as a rolling restart would.
    await runners[1]!.start();
    await settled(queued.map((job) => job.id));
    await Promise.all(runners.map((runner) => runner.stop()));
    expect(queued.map((job) => calls.get(job.id))).toEqual(queued.map(() => 1));
    const rows = await context.database.db
      .select()
      .from(jobs)
      .where(
        inArray(
          jobs.id,
          queued.map((job) => job.id),
        ),
      );
    expect(rows.every((row) => row.status === 'succeeded' && row.attempts === 1)).toBe(true);
  });

  it('do not take back a long job whose holder keeps renewing its lease, even when one starts', async () => {
    const calls = new Map<string, number>();
    const holder = new JobRunner(context.database, { ...quiet, leaseSeconds: 1 });
    const watcher = new JobRunner(second, { ...quiet, leaseSeconds: 1, pollSeconds: 0.2 });
    holder.register('test.long', countingHandler(calls, 3_000));
    watcher.register('test.long', countingHandler(calls, 0));
    const job = await holder.enqueue(context.database.db, {
      kind: 'test.long',
      input: {},
      createdBy: null,
      provinceCode: null,
    });
    await holder.start();
    while (
      (
        await context.database.db
          .select()
          .from(jobs)
          .where(inArray(jobs.id, [job.id]))
      )[0]?.status !== 'running'
    ) {
      await sleep(20);
    }
    // The watcher starts (as a second process booting would) while the holder is at work.
    await watcher.start();
    await settled([job.id]);
    await Promise.all([holder.stop(), watcher.stop()]);
    expect(calls.get(job.id)).toBe(1);
  });
});
