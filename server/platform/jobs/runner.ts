import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { eq } from 'drizzle-orm';
import type { Database, Queryable } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { failureDetail, failureMessage } from './failure.js';
import {
  claimJob,
  renewLease,
  settleJob,
  type JobRecord,
  type LeaseTerms,
  type Settlement,
} from './leases.js';
import { jobContext } from './context.js';
import type { JobHandler } from './job-types.js';
import { undoAppliedItems, type StagedUndo } from './staged-writes.js';
import { jobs, jobStaging } from './tables.js';

export type { JobRecord };
export type { JobContext, JobHandler, JobItemReport, JobOutcome } from './job-types.js';

/**
 * A job kind: its handler, or for jobs that write through `writeInBatches` the handler with the
 * undo of its staged items, which also runs when a job whose attempts all died is parked.
 */
export type JobDefinition = JobHandler | { run: JobHandler; undo: StagedUndo<never> };

export type JobRunnerOptions = {
  /** Seconds a claim lasts unless renewed; the holder renews it every third of that. */
  leaseSeconds?: number;
  /** Attempts after which a job that keeps throwing or killing its process is parked as failed. */
  maxAttempts?: number;
  /** Seconds between looks for work queued by other processes or left behind by dead ones. */
  pollSeconds?: number;
  log?: (message: string) => void;
};

/**
 * Runs persisted jobs one at a time in this process; several processes may share the table. A job
 * is held under a lease renewed by a heartbeat and is taken back only once that lease expired.
 * Nothing a job does, nor failing to record its failure, can reject out of the runner.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly undos = new Map<string, StagedUndo<never>>();
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

  register(kind: string, definition: JobDefinition): void {
    if (typeof definition === 'function') {
      this.handlers.set(kind, definition);
    } else {
      this.handlers.set(kind, definition.run);
      this.undos.set(kind, definition.undo);
    }
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
      if ('parked' in job) {
        await this.undoParked(job.parked);
      } else {
        await this.execute(job);
      }
    }
  }

  /** A parked job's last attempt died mid-write: undo what it applied, then drop its staged rows. */
  private async undoParked(job: JobRecord): Promise<void> {
    const undo = this.undos.get(job.kind);
    try {
      if (undo) {
        await undoAppliedItems(this.database, job, undo);
      }
      await this.database.db.delete(jobStaging).where(eq(jobStaging.jobId, job.id));
    } catch (error) {
      this.log(`job ${job.id}: undoing the parked job's writes failed: ${failureDetail(error)}`);
    }
  }

  private async attempt(job: JobRecord): Promise<Settlement> {
    const handler = this.handlers.get(job.kind);
    if (!handler) {
      const error = { th: `ไม่รู้จักงานประเภท ${job.kind}`, en: `Unknown job kind ${job.kind}` };
      return { status: 'failed', result: {}, error };
    }
    try {
      await this.undoEarlierAttempts(job);
      return await handler(jobContext(this.database, job));
    } catch (error) {
      this.log(`job ${job.id} (${job.kind}) attempt ${job.attempts} threw: ${failureDetail(error)}`);
      // An application error (an unreadable file, a refused action) would fail the same way again.
      const retry = !(error instanceof AppError) && job.attempts < this.terms.maxAttempts;
      return { status: retry ? 'queued' : 'failed', result: {}, error: failureMessage(error, job.id) };
    }
  }

  /**
   * A retried job starts from the data as it was before the job: what an earlier attempt applied is
   * taken back before the handler reads anything, so its checks never see its own half-done writes.
   */
  private async undoEarlierAttempts(job: JobRecord): Promise<void> {
    const undo = this.undos.get(job.kind);
    if (undo && job.attempts > 1) {
      await undoAppliedItems(this.database, job, undo);
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
