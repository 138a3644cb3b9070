import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../db/client.js';
import { jobItems, jobs } from './tables.js';

export type JobRecord = typeof jobs.$inferSelect;

export type JobItemReport = {
  itemNo: number;
  ok: boolean;
  itemKey?: string;
  messages: { field?: string; th: string; en: string }[];
};

export type JobContext = {
  job: JobRecord;
  database: Database;
  /** Saves progress so that pollers see it; cheap enough to call every few hundred items. */
  reportProgress(done: number, total: number): Promise<void>;
  /** Stores per-item results (failed rows, for imports). */
  reportItems(items: JobItemReport[]): Promise<void>;
};

/** A job's outcome: a summary stored on the job, or a failure with both-language text. */
export type JobOutcome =
  | { status: 'succeeded'; result: Record<string, unknown> }
  | { status: 'failed'; result: Record<string, unknown>; error: { th: string; en: string } };

export type JobHandler = (context: JobContext) => Promise<JobOutcome>;

/**
 * Runs persisted jobs one at a time in this process. Jobs interrupted by a stop are queued again on
 * the next start, so handlers must be safe to run twice (imports save everything in one transaction).
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private running: Promise<void> | null = null;
  private stopped = true;
  private wakeAgain = false;

  constructor(private readonly database: Database) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Queues a job inside the caller's transaction; call `wake()` after it commits. */
  async enqueue(
    db: Queryable,
    job: {
      kind: string;
      input: Record<string, unknown>;
      createdBy: string | null;
      provinceCode: string | null;
    },
  ): Promise<JobRecord> {
    const [created] = await db.insert(jobs).values(job).returning();
    if (!created) {
      throw new Error('job insert returned no row');
    }
    return created;
  }

  /** Re-queues jobs that a previous process left running, then starts working. */
  async start(): Promise<void> {
    await this.database.db
      .update(jobs)
      .set({ status: 'queued', progressDone: 0 })
      .where(eq(jobs.status, 'running'));
    this.stopped = false;
    this.wake();
  }

  wake(): void {
    if (this.stopped) {
      return;
    }
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.wakeAgain && !this.stopped) {
        this.wakeAgain = false;
        this.wake();
      }
    });
  }

  /** Resolves when no job is running (tests use it to wait for completion). */
  async idle(): Promise<void> {
    while (this.running) {
      await this.running;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  private async claimNext(): Promise<JobRecord | null> {
    return this.database.db.transaction(async (tx) => {
      const [next] = await tx
        .select()
        .from(jobs)
        .where(eq(jobs.status, 'queued'))
        .orderBy(asc(jobs.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!next) {
        return null;
      }
      const [claimed] = await tx
        .update(jobs)
        .set({ status: 'running', startedAt: new Date(), attempts: sql`${jobs.attempts} + 1` })
        .where(and(eq(jobs.id, next.id), eq(jobs.status, 'queued')))
        .returning();
      return claimed ?? null;
    });
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const job = await this.claimNext();
      if (!job) {
        return;
      }
      await this.execute(job);
    }
  }

  private async execute(job: JobRecord): Promise<void> {
    const handler = this.handlers.get(job.kind);
    const context: JobContext = {
      job,
      database: this.database,
      reportProgress: async (done, total) => {
        await this.database.db
          .update(jobs)
          .set({ progressDone: done, progressTotal: total })
          .where(eq(jobs.id, job.id));
      },
      reportItems: async (items) => {
        await this.database.db.delete(jobItems).where(eq(jobItems.jobId, job.id));
        for (let start = 0; start < items.length; start += 500) {
          const chunk = items.slice(start, start + 500).map((item) => ({ jobId: job.id, ...item }));
          await this.database.db.insert(jobItems).values(chunk);
        }
      },
    };
    let outcome: JobOutcome;
    try {
      outcome = handler
        ? await handler(context)
        : {
            status: 'failed',
            result: {},
            error: { th: `ไม่รู้จักงานประเภท ${job.kind}`, en: `Unknown job kind ${job.kind}` },
          };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = {
        status: 'failed',
        result: {},
        error: { th: `งานล้มเหลว: ${message}`, en: `Job failed: ${message}` },
      };
    }
    await this.database.db
      .update(jobs)
      .set({
        status: outcome.status,
        result: outcome.result,
        errorTh: outcome.status === 'failed' ? outcome.error.th : null,
        errorEn: outcome.status === 'failed' ? outcome.error.en : null,
        finishedAt: new Date(),
      })
      .where(eq(jobs.id, job.id));
  }
}
