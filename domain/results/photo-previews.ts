import { z } from 'zod';
import { jobSchema } from '../jobs/job.js';

/** What the photo preview job (POST /results/photo-previews) reports when done: previews made, photos refused. */
export const photoPreviewResultSchema = z.object({
  made: z.number().int(),
  refused: z.number().int(),
});
export type PhotoPreviewResult = z.infer<typeof photoPreviewResultSchema>;

/** GET /results/photo-previews/latest: the photo preview job started last, or null before the first. */
export const latestPhotoPreviewJobSchema = z.object({ job: jobSchema.nullable() });
export type LatestPhotoPreviewJob = z.infer<typeof latestPhotoPreviewJobSchema>;
