import type { SQL } from 'drizzle-orm';
import type { Bilingual } from '../http/errors.js';
import type { Database } from '../db/client.js';
import type { JobRecord } from './leases.js';

/** Adds to a staged item's JSON in the database while it is staged. */
export type StagedEnrichment = (item: SQL) => SQL;

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
  /**
   * Replaces the job's rows in `job_staging`, in small batches, each its own short statement;
   * `enrich` may add to each payload in the database (e.g. before-images read from current rows).
   */
  stage(payloads: readonly Record<string, unknown>[], enrich?: StagedEnrichment): Promise<void>;
};

/** A job's outcome: a summary stored on the job, or a failure with both-language text. */
export type JobOutcome =
  | { status: 'succeeded'; result: Record<string, unknown> }
  | { status: 'failed'; result: Record<string, unknown>; error: Bilingual };

export type JobHandler = (context: JobContext) => Promise<JobOutcome>;
