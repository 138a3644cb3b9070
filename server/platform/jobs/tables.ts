import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { JOB_STATUSES } from '../../../domain/jobs/job.js';
import { bytea } from '../db/columns.js';

/** Persisted background work: survives a restart, reports progress and per-item results. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    input: jsonb('input').$type<Record<string, unknown>>().notNull().default({}),
    result: jsonb('result').$type<Record<string, unknown>>(),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    errorTh: text('error_th'),
    errorEn: text('error_en'),
    attempts: integer('attempts').notNull().default(0),
    /** The runner (process) working on the job, and until when: it renews the lease while alive. */
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: timestamp('lease_expires_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    provinceCode: text('province_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    index('jobs_status_idx').on(table.status, table.createdAt),
    index('jobs_creator_idx').on(table.createdBy),
    index('jobs_lease_idx').on(table.status, table.leaseExpiresAt),
    // The latest job of a kind (a panel picking up the run it started before a reload).
    index('jobs_kind_created_idx').on(table.kind, table.createdAt, table.id),
  ],
);

/** One row per reported item (for imports: each row that failed, with its reasons). */
export const jobItems = pgTable(
  'job_items',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    itemNo: integer('item_no').notNull(),
    ok: boolean('ok').notNull(),
    itemKey: text('item_key'),
    messages: jsonb('messages').$type<{ field?: string; th: string; en: string }[]>().notNull().default([]),
  },
  (table) => [primaryKey({ columns: [table.jobId, table.itemNo] })],
);

/**
 * Rows an import has checked and prepared, written in small batches outside any long transaction;
 * the import then applies them in short batches, marking each applied in the batch's own
 * transaction, so that a failure or a crash can undo exactly what was applied (see staged-writes.ts).
 */
export const jobStaging = pgTable(
  'job_staging',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    itemNo: integer('item_no').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    applied: boolean('applied').notNull().default(false),
  },
  (table) => [primaryKey({ columns: [table.jobId, table.itemNo] })],
);

/** Uploaded files kept for the jobs that read them. */
export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  content: bytea('content').notNull(),
  createdBy: uuid('created_by'),
  provinceCode: text('province_code'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
