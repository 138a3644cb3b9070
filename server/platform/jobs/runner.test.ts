import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { JobRunner } from './runner.js';
import { jobItems, jobs } from './tables.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

describe('job runner', () => {
  it('resumes a job that a stopped process left running', async () => {
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
    const restarted = new JobRunner(context.database);
    restarted.register('test.count', async ({ job, reportProgress, reportItems }) => {
      const total = Number(job.input.items);
      for (let done = 1; done <= total; done += 1) {
        await reportProgress(done, total);
      }
      await reportItems([{ itemNo: 2, ok: false, itemKey: 'b', messages: [{ th: 'ผิด', en: 'wrong' }] }]);
      return { status: 'succeeded', result: { counted: total } };
    });
    await restarted.start();
    await restarted.idle();
    await restarted.stop();
    const [finished] = await context.database.db
      .select()
      .from(jobs)
      .where(eq(jobs.id, interrupted?.id ?? ''));
    expect(finished).toMatchObject({
      status: 'succeeded',
      progressDone: 3,
      progressTotal: 3,
      attempts: 1,
      result: { counted: 3 },
    });
    const items = await context.database.db
      .select()
      .from(jobItems)
      .where(eq(jobItems.jobId, interrupted?.id ?? ''));
    expect(items).toHaveLength(1);
  });

  it('marks a job failed with the error text when its handler throws', async () => {
    const runner = new JobRunner(context.database);
    runner.register('test.explode', async () => {
      throw new Error('boom');
    });
    const queued = await runner.enqueue(context.database.db, {
      kind: 'test.explode',
      input: {},
      createdBy: null,
      provinceCode: null,
    });
    await runner.start();
    await runner.idle();
    await runner.stop();
    const [failed] = await context.database.db.select().from(jobs).where(eq(jobs.id, queued.id));
    expect(failed).toMatchObject({ status: 'failed', errorEn: 'Job failed: boom' });
    expect(failed?.errorTh).toContain('งานล้มเหลว');
  });
});
