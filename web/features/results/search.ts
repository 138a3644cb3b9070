import { z } from 'zod';
import { clusterSearchParam } from '../../app/router/search.js';

/**
 * The results page: the quarter it shows (the last by default) and, for a cluster office's home, the
 * cluster whose projects it lists; else the header's province.
 */
export const resultsSearchSchema = z.object({
  quarter: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
  cluster: clusterSearchParam,
});
export type ResultsSearch = z.infer<typeof resultsSearchSchema>;
