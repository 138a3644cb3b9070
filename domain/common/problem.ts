import { z } from 'zod';

export const bilingualSchema = z.object({ th: z.string(), en: z.string() });

/** Every error the API returns (RFC 9457 application/problem+json) with Thai and English text. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    messages: bilingualSchema,
    errors: z.array(z.object({ path: z.string(), message: bilingualSchema })).optional(),
    /** On 412 stale-version: the version the record has now. */
    currentVersion: z.number().int().optional(),
    /** On 409 for a move not allowed: the status the record has now. */
    currentStatus: z.string().optional(),
  })
  .meta({ id: 'Problem', description: 'An error in Thai and English / ข้อผิดพลาด' });

export type Problem = z.infer<typeof problemSchema>;
