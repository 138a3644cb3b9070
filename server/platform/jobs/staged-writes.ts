import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/client.js';
import { inSystemTransaction } from '../db/transaction.js';
import type { JobContext, StagedEnrichment } from './job-types.js';
import type { JobRecord } from './leases.js';
import { jobStaging } from './tables.js';

/** Rows per write transaction: short enough that other requests are not held noticeably. */
export const WRITE_BATCH = 100;

/** Staged items `from` (inclusive) to `to` (exclusive), in staging order. */
export type StagedBatch<P> = { from: number; to: number; items: readonly P[] };

/** Takes back the changes of applied staged items, as the system; the job names who ran it. */
export type StagedUndo<P> = (tx: Tx, batch: StagedBatch<P>, job: JobRecord) => Promise<void>;

/** The payload to store for a staged item, as SQL over the item's jsonb (see `JobContext.stage`). */
export type { StagedEnrichment };

export type StagedWriter<P> = {
  /** Adds to each item while it is staged, in the database; `apply` and `undo` then see the result. */
  enrich?: StagedEnrichment;
  /** Writes one batch inside `transaction` (for imports: as the actor, so row-level security checks it). */
  apply(tx: Tx, batch: StagedBatch<P>): Promise<void>;
  undo: StagedUndo<P>;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
};

/** Staged rows of a job in a range, as an SQL source `staged` with the payload as `p`. */
export const stagedRows = (jobId: string, from: number, to: number) =>
  sql`(select payload as p from job_staging where job_id = ${jobId} and item_no >= ${from} and item_no < ${to}) staged`;

const inRange = (jobId: string, from: number, to: number) =>
  and(eq(jobStaging.jobId, jobId), gte(jobStaging.itemNo, from), lt(jobStaging.itemNo, to));

/**
 * Undoes every applied staged item of the job, newest batch first, each batch in its own short
 * transaction that also marks its items unapplied (so a crash half-way leaves nothing to undo twice).
 * Returns how many items were undone. Used after a failed batch, before a retried attempt, and
 * when a job is parked.
 */
export async function undoAppliedItems<P>(
  database: Database,
  job: JobRecord,
  undo: StagedUndo<P>,
): Promise<number> {
  let undone = 0;
  for (;;) {
    const count = await inSystemTransaction(database, async (tx) => {
      const rows = await tx
        .select({ itemNo: jobStaging.itemNo, payload: jobStaging.payload })
        .from(jobStaging)
        .where(and(eq(jobStaging.jobId, job.id), eq(jobStaging.applied, true)))
        .orderBy(desc(jobStaging.itemNo))
        .limit(WRITE_BATCH)
        .for('update');
      if (rows.length === 0) {
        return 0;
      }
      rows.reverse();
      const itemNos = rows.map((row) => row.itemNo);
      const from = itemNos[0] ?? 0;
      const to = (itemNos.at(-1) ?? 0) + 1;
      // The payloads were written by the same job from values of type P (JSON through jsonb).
      await undo(tx, { from, to, items: rows.map((row) => row.payload as P) }, job);
      await tx
        .update(jobStaging)
        .set({ applied: false })
        .where(and(eq(jobStaging.jobId, job.id), inArray(jobStaging.itemNo, itemNos)));
      return rows.length;
    });
    if (count === 0) {
      return undone;
    }
    undone += count;
  }
}

/**
 * Writes prepared items all or nothing per job without one long transaction, which on the
 * embedded database would hold every other request: the items are staged, then applied in short
 * transactions of WRITE_BATCH items (other requests run in between), each marking its items
 * applied. If a batch fails, the applied batches are undone and the error is rethrown. What a
 * killed earlier attempt applied is undone first, so a retried job never applies anything twice.
 */
export async function writeInBatches<P extends Record<string, unknown>>(
  context: JobContext,
  items: readonly P[],
  writer: StagedWriter<P>,
): Promise<void> {
  const { job, database } = context;
  await undoAppliedItems(database, job, writer.undo);
  await context.stage(items, writer.enrich);
  try {
    for (let from = 0; from < items.length; from += WRITE_BATCH) {
      const to = Math.min(from + WRITE_BATCH, items.length);
      await writer.transaction(async (tx) => {
        await writer.apply(tx, { from, to, items: items.slice(from, to) });
        // The batch may run as the restricted role, which cannot touch job tables.
        await tx.execute(sql`reset role`);
        await tx
          .update(jobStaging)
          .set({ applied: true })
          .where(inRange(job.id, from, to));
      });
      await context.reportProgress(to, items.length);
    }
  } catch (error) {
    await undoAppliedItems(database, job, writer.undo);
    throw error;
  }
}
