import { z } from 'zod';
import { NEED_ORIGINS, NEED_STATUSES } from '../../../domain/needs/need.js';
import { ROLLUP_GROUPS } from '../../../domain/needs/need-query.js';
import { clusterSearchParam } from '../../app/router/search.js';

export const NEED_TABS = ['list', 'map', 'rollup'] as const;
export type NeedTab = (typeof NEED_TABS)[number];

/**
 * The needs page keeps its filters in the URL, so the list survives a trip to a need's page and a
 * copied link opens the same view. `needArea` narrows (or replaces) the header's area; `year` is
 * the header's fiscal year unless the user picked another one or "all". `cluster` (a cluster office's
 * home links there) lists its member provinces' needs, the header's area standing aside.
 */
export const needsSearchSchema = z.object({
  tab: z.enum(NEED_TABS).optional().catch(undefined),
  status: z.enum(NEED_STATUSES).optional().catch(undefined),
  origin: z.enum(NEED_ORIGINS).optional().catch(undefined),
  dimension: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  cluster: clusterSearchParam,
  needArea: z
    .string()
    .regex(/^\d{2}(\d{2}){0,3}$/)
    .optional()
    .catch(undefined),
  year: z
    .union([z.literal('all'), z.coerce.number().int().min(2500).max(2700)])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  size: z.coerce.number().int().min(10).max(200).optional().catch(undefined),
  group: z.enum(ROLLUP_GROUPS).optional().catch(undefined),
});
export type NeedsSearch = z.infer<typeof needsSearchSchema>;
