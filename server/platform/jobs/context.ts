import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { sanitisedJson, sanitisedJsonText } from './failure.js';
import type { JobContext } from './job-types.js';
import type { JobRecord } from './leases.js';
import { jobItems, jobs, jobStaging } from './tables.js';

const stagedItem = sql`item.value`;

const BATCH = 500;
/** Staged rows per insert: each insert holds the embedded database, so keep it short. */
const STAGE_BATCH = 100;

/** What a job's handler gets: its record, the database, and ways to report and stage. */
export function jobContext(database: Database, job: JobRecord): JobContext {
  const db = database.db;
  return {
    job,
    database,
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
    // One JSON text per insert, not a parameter per value: building the statement stays cheap on
    // the event loop, and the database does the per-row work (and any enrichment).
    stage: async (payloads, enrich) => {
      await db.delete(jobStaging).where(eq(jobStaging.jobId, job.id));
      for (let start = 0; start < payloads.length; start += STAGE_BATCH) {
        const chunk = sanitisedJsonText(payloads.slice(start, start + STAGE_BATCH));
        await db.execute(sql`
          insert into job_staging (job_id, item_no, payload)
          select ${job.id}::uuid, (${start}::int + item.ord - 1)::int, ${enrich ? enrich(stagedItem) : stagedItem}
          from jsonb_array_elements(${chunk}::jsonb) with ordinality as item(value, ord)`);
      }
    },
  };
}
