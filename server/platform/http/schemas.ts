import { z } from 'zod';

/** Paging every list endpoint accepts. */
export const pagingQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const uuidParams = z.object({ id: z.uuid() });
