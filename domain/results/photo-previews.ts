import { z } from 'zod';

/** What the photo preview job (POST /results/photo-previews) reports when done: previews made, photos refused. */
export const photoPreviewResultSchema = z.object({
  made: z.number().int(),
  refused: z.number().int(),
});
export type PhotoPreviewResult = z.infer<typeof photoPreviewResultSchema>;
