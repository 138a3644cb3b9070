import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { eq } from 'drizzle-orm';
import type { Database, Queryable } from '../db/client.js';
import { AppError, type Bilingual } from '../http/errors.js';
import { failureDetail, failureMessage, sanitisedJson } from './failure.js';
import {
  claimJob,
  renewLease,
  settleJob,
  type JobRecord,
  type LeaseTerms,
  type Settlement,
} from './leases.js';
import { jobItems, jobs, jobStaging } from './tables.js';

export type { JobRecord };

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
  /** Writes prepared rows to `job_staging` in small batches, each its own short statement. */
  stage(payloads: Record<string, unknown>[]): Promise<void>;
};

/** A job's outcome: a summary stored on the job, or a failure with both-language text. */
export type JobOutcome =
  | { status: 'succeeded'; result: Record<string, unknown> }
  | { status: 'failed'; result: Record<string, unknown>; error: Bilingual };

export type JobHandler = (context: JobContext) => Promise<JobOutcome>;

export type JobRunnerOptions = {
  /** Seconds a claim lasts unless renewed; the holder renews it every third of that. */
  leaseSeconds?: number;
  /** Attempts after which a job that keeps throwing or killing its process is parked as failed. */
  maxAttempts?: number;
  /** Seconds between looks for work queued by other processes or left behind by dead ones. */
  pollSeconds?: number;
  log?: (message: string) => void;
};

const BATCH = 500;
/** Staged rows per insert: each insert holds the embedded database, so keep it short. */
const STAGE_BATCH = 100;

/**
 * Runs persisted jobs one at a time in this process; several processes may share the table. A job
 * is held under a lease renewed by a heartbeat and is taken back only once that lease expired.
 * Nothing a job does, nor failing to record its failure, can reject out of the runner.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly terms: LeaseTerms;
  private readonly pollMs: number;
  private readonly log: (message: string) => void;
  private readonly database: Database;
  private running: Promise<void> | null = null;
  private poller: NodeJS.Timeout | null = null;
  private stopped = true;
  private wakeAgain = false;

  constructor(database: Database, options: JobRunnerOptions = {}) {
    this.database = database;
    const leaseSeconds = options.leaseSeconds ?? 60;
    this.terms = {
      owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      leaseSeconds,
      maxAttempts: options.maxAttempts ?? 3,
    };
    this.pollMs = (options.pollSeconds ?? leaseSeconds / 4) * 1000;
    this.log = options.log ?? ((message) => console.error(message));
  }

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

  /** Starts working, and keeps looking for jobs whose holder's lease expired. */
  async start(): Promise<void> {
    this.stopped = false;
    this.poller = setInterval(() => this.wake(), this.pollMs);
    this.poller.unref();
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
    this.running = this.drain()
      // Last resort: drain catches per job already, so this only sees the database going away.
      .catch((error: unknown) => this.log(`job runner: ${failureDetail(error)}`))
      .finally(() => {
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
    if (this.poller) {
      clearInterval(this.poller);
      this.poller = null;
    }
    await this.idle();
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const job = await claimJob(this.database.db, this.terms);
      if (job === null) {
        return;
      }
      if (job !== 'parked') {
        await this.execute(job);
      }
    }
  }

  private context(job: JobRecord): JobContext {
    const db = this.database.db;
    return {
      job,
      database: this.database,
      reportProgress: async (done, total) => {
        await db.update(jobs).set({ progressDone: done, progressTotal: total }).where(eq(jobs.id, job.id));
      },
      reportItems: async (items) => {
        await db.delete(jobItems).where(eq(jobItems.jobId, job.id));
        for (let start = 0; start < items.length; start += BATCH) {
          const chunk = items.slice(start, start + BATCH).map((item) => ({ jobId: job.id, ...item }));
          await db.insert(jobItems).values(sanitisedJson(chunk));
        }
      },
      stage: async (payloads) => {
        for (let start = 0; start < payloads.length; start += STAGE_BATCH) {
          const chunk = payloads
            .slice(start, start + STAGE_BATCH)
            .map((payload, index) => ({ jobId: job.id, itemNo: start + index, payload }));
          await db.insert(jobStaging).values(sanitisedJson(chunk));
        }
      },
    };
  }

  private async attempt(job: JobRecord): Promise<Settlement> {
    const handler = this.handlers.get(job.kind);
    if (!handler) {
      const error = { th: `ไม่รู้จักงานประเภท ${job.kind}`, en: `Unknown job kind ${job.kind}` };
      return { status: 'failed', result: {}, error };
    }
    try {
      return await handler(this.context(job));
    } catch (error) {
      this.log(`job ${job.id} (${job.kind}) attempt ${job.attempts} threw: ${failureDetail(error)}`);
      // An application error (an unreadable file, a refused action) would fail the same way again.
      const retry = !(error instanceof AppError) && job.attempts < this.terms.maxAttempts;
      return { status: retry ? 'queued' : 'failed', result: {}, error: failureMessage(error, job.id) };
    }
  }

  private async execute(job: JobRecord): Promise<void> {
    const heartbeat = setInterval(
      () => {
        renewLease(this.database.db, job.id, this.terms).then(
          (held) => held || this.log(`job ${job.id}: lease lost to another process`),
          (error: unknown) => this.log(`job ${job.id}: lease renewal failed: ${failureDetail(error)}`),
        );
      },
      (this.terms.leaseSeconds * 1000) / 3,
    );
    heartbeat.unref();
    const settlement = await this.attempt(job).finally(() => clearInterval(heartbeat));
    try {
      await settleJob(this.database.db, job.id, this.terms.owner, settlement);
    } catch (error) {
      this.log(`job ${job.id}: saving its outcome failed: ${failureDetail(error)}`);
      const fallback = failureMessage(error, job.id);
      // Plain text only this time; if even that fails the lease expires and the attempt counts.
      await settleJob(this.database.db, job.id, this.terms.owner, {
        status: 'failed',
        result: {},
        error: fallback,
      }).catch((again: unknown) =>
        this.log(`job ${job.id}: recording the failure failed: ${failureDetail(again)}`),
      );
    }
  }
}
