import { z } from 'zod';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** What a job reports when done: imports count rows; other kinds add their own fields (a file id…). */
export const jobResultSchema = z.looseObject({
  inserted: z.number().int().optional(),
  updated: z.number().int().optional(),
  failedRows: z.number().int().optional(),
  totalRows: z.number().int().optional(),
});

/** A background job's progress as the API returns it. */
export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  progressDone: z.number().int(),
  progressTotal: z.number().int(),
  result: jobResultSchema.nullable(),
  errorTh: z.string().nullable(),
  errorEn: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof jobSchema>;

/** POST of an import: the job that will do the work. */
export const jobStartedSchema = z.object({ job: jobSchema });

/** One item a job reported on (a row of an imported file), with its messages in Thai and English. */
export const jobItemSchema = z.object({
  itemNo: z.number().int(),
  ok: z.boolean(),
  itemKey: z.string().nullable(),
  messages: z.array(z.object({ field: z.string().optional(), th: z.string(), en: z.string() })),
});
export type JobItem = z.infer<typeof jobItemSchema>;

export const jobItemsSchema = z.object({ items: z.array(jobItemSchema) });

/** GET /jobs/:id/items: only failed or only good items, and how many. */
export const jobItemsQuery = z.object({
  ok: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number<number | string>().int().min(1).max(5000).default(1000),
});
export type JobItemsQuery = z.input<typeof jobItemsQuery>;
export type JobItemsFilter = z.output<typeof jobItemsQuery>;
