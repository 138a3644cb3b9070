import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { selectRows } from '../db/client.js';
import { inSystemTransaction } from '../db/transaction.js';
import { JobRunner, type JobHandler } from './runner.js';
import { writeInBatches, WRITE_BATCH, type StagedUndo } from './staged-writes.js';
import { jobItems, jobs } from './tables.js';

let context: TestContext;
const quiet = { log: () => undefined };
beforeAll(async () => {
  context = await createTestContext();
  // These tests run their own runners on test-only job kinds. The app's runner would otherwise claim a
  // test's job on its 15-second poll (as an unknown kind, failed) whenever the poll falls between the
  // insert and the test runner's claim, which a loaded machine makes likely.
  await context.jobs.stop();
});
afterAll(() => context.close());

async function runOnce(runner: JobRunner) {
  await runner.start();
  await runner.idle();
  await runner.stop();
}

const jobById = async (id: string) =>
  (await context.database.db.select().from(jobs).where(eq(jobs.id, id)))[0];

async function queue(runner: JobRunner, kind: string) {
  return runner.enqueue(context.database.db, { kind, input: {}, createdBy: null, provinceCode: null });
}

describe('job runner', () => {
  it('resumes a job that a stopped process left running without a live lease', async () => {
    const [interrupted] = await context.database.db
      .insert(jobs)
      .values({
        kind: 'test.count',
        status: 'running',
        input: { items: 3 },
        progressDone: 1,
        progressTotal: 3,
      })
      .returning();
    const restarted = new JobRunner(context.database, quiet);
    restarted.register('test.count', async ({ job, reportProgress, reportItems }) => {
      const total = Number(job.input.items);
      for (let done = 1; done <= total; done += 1) {
        await reportProgress(done, total);
      }
      await reportItems([{ itemNo: 2, ok: false, itemKey: 'b', messages: [{ th: 'ผิด', en: 'wrong' }] }]);
      return { status: 'succeeded', result: { counted: total } };
    });
    await runOnce(restarted);
    expect(await jobById(interrupted?.id ?? '')).toMatchObject({
      status: 'succeeded',
      progressDone: 3,
      attempts: 1,
      result: { counted: 3 },
      leaseOwner: null,
    });
    const items = await context.database.db
      .select()
      .from(jobItems)
      .where(eq(jobItems.jobId, interrupted?.id ?? ''));
    expect(items).toHaveLength(1);
  });

  it('retries a throwing job up to the attempt limit, then parks it with a generic bilingual message', async () => {
    const runner = new JobRunner(context.database, { ...quiet, maxAttempts: 3 });
    let calls = 0;
    runner.register('test.explode', async () => {
      calls += 1;
      throw new Error('insert into "areas" values ($1) params: secret\u0000');
    });
    const queued = await queue(runner, 'test.explode');
    await runOnce(runner);
    const failed = await jobById(queued.id);
    expect(calls).toBe(3);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed?.errorEn).toContain('internal error');
    expect(failed?.errorTh).toContain('งานล้มเหลว');
    const shown = `${failed?.errorTh} ${failed?.errorEn}`;
    expect(['insert', 'secret', '\u0000'].filter((leak) => shown.includes(leak))).toEqual([]);
  });

  it('takes back what a failed attempt wrote before the retry checks anything, so it applies once', async () => {
    const db = context.database.db;
    await db.execute(sql`create table test_tally (job_id uuid not null, n int not null)`);
    const tally = async (jobId: string) =>
      (
        await selectRows<{ count: number }>(
          db,
          sql`select count(*)::int as count from test_tally where job_id = ${jobId}`,
        )
      )[0]?.count;
    const undo: StagedUndo<{ n: number }> = async (tx, batch, job) => {
      const ns = batch.items.map((item) => item.n);
      await tx.execute(
        sql`delete from test_tally where job_id = ${job.id} and n = any(${sql.param(ns)}::int[])`,
      );
    };
    const items = Array.from({ length: WRITE_BATCH + 50 }, (_, n) => ({ n }));
    const seenBeforeWriting: (number | undefined)[] = [];
    const runner = new JobRunner(context.database, quiet);
    runner.register('test.writeThenLoseConnection', {
      run: async (jobContext) => {
        seenBeforeWriting.push(await tally(jobContext.job.id));
        await writeInBatches(jobContext, items, {
          transaction: (work) => inSystemTransaction(context.database, work),
          apply: async (tx, batch) => {
            const values = batch.items.map((item) => sql`(${jobContext.job.id}, ${item.n})`);
            await tx.execute(sql`insert into test_tally (job_id, n) values ${sql.join(values, sql`, `)}`);
          },
          undo,
        });
        if (jobContext.job.attempts === 1) {
          throw new Error('the connection dropped after the last batch');
        }
        return { status: 'succeeded', result: {} };
      },
      undo,
    });
    const queued = await queue(runner, 'test.writeThenLoseConnection');
    await runOnce(runner);
    expect(await jobById(queued.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(seenBeforeWriting).toEqual([0, 0]);
    expect(await tally(queued.id)).toBe(items.length);
  });

  it('stores a failure whose text and result hold NUL without taking the runner down', async () => {
    const runner = new JobRunner(context.database, quiet);
    const nul: JobHandler = async () => ({
      status: 'failed',
      result: { name: 'บ้าน\u0000' },
      error: { th: 'ผิดที่ บ้าน\u0000', en: 'wrong at บ้าน\u0000' },
    });
    runner.register('test.nul', nul);
    runner.register('test.after', async () => ({ status: 'succeeded', result: {} }));
    const poisoned = await queue(runner, 'test.nul');
    const after = await queue(runner, 'test.after');
    await runOnce(runner);
    expect(await jobById(poisoned.id)).toMatchObject({
      status: 'failed',
      errorEn: 'wrong at บ้าน',
      result: { name: 'บ้าน' },
    });
    expect((await jobById(after.id))?.status).toBe('succeeded');
  });

  it('parks a job whose holders died as often as the attempt limit, without running it again', async () => {
    const [crashing] = await context.database.db
      .insert(jobs)
      .values({
        kind: 'test.crash',
        status: 'running',
        attempts: 3,
        leaseOwner: 'gone',
        leaseExpiresAt: new Date(0),
      })
      .returning();
    const runner = new JobRunner(context.database, { ...quiet, maxAttempts: 3 });
    let calls = 0;
    runner.register('test.crash', async () => {
      calls += 1;
      return { status: 'succeeded', result: {} };
    });
    await runOnce(runner);
    expect(calls).toBe(0);
    const parked = await jobById(crashing?.id ?? '');
    expect(parked).toMatchObject({ status: 'failed', attempts: 3 });
    expect(parked?.errorEn).toContain('3 times');
  });

  it('leaves alone a running job whose holder still has a live lease', async () => {
    const [held] = await context.database.db
      .insert(jobs)
      .values({
        kind: 'test.held',
        status: 'running',
        attempts: 1,
        leaseOwner: 'alive',
        leaseExpiresAt: new Date(Date.now() + 3_600_000),
      })
      .returning();
    const runner = new JobRunner(context.database, quiet);
    let calls = 0;
    runner.register('test.held', async () => {
      calls += 1;
      return { status: 'succeeded', result: {} };
    });
    await runOnce(runner);
    expect(calls).toBe(0);
    expect(await jobById(held?.id ?? '')).toMatchObject({ status: 'running', leaseOwner: 'alive' });
    await context.database.db.delete(jobs).where(inArray(jobs.id, [held?.id ?? '']));
  });
});
