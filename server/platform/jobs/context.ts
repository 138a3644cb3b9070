import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { sanitisedJson } from './failure.js';
import type { JobContext } from './job-types.js';
import type { JobRecord } from './leases.js';
import { jobItems, jobs, jobStaging } from './tables.js';

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
    stage: async (payloads) => {
      await db.delete(jobStaging).where(eq(jobStaging.jobId, job.id));
      for (let start = 0; start < payloads.length; start += STAGE_BATCH) {
        const chunk = payloads
          .slice(start, start + STAGE_BATCH)
          .map((payload, index) => ({ jobId: job.id, itemNo: start + index, payload }));
        await db.insert(jobStaging).values(sanitisedJson(chunk));
      }
    },
  };
}
