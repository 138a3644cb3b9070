import { z } from 'zod';
import { DRILL_LEVELS } from '../../../domain/dashboards/overview.js';
import { clusterSearchParam } from '../../app/router/search.js';

/** The overview page keeps its level and unit in the URL, so each step of the drill-down is a link. */
export const overviewSearchSchema = z.object({
  level: z.enum(DRILL_LEVELS).optional().catch(undefined),
  code: z
    .string()
    .regex(/^\d{1,4}$/)
    .optional()
    .catch(undefined),
});
export type OverviewSearch = z.infer<typeof overviewSearchSchema>;

/** The rules-failing list names the cluster it lists (a cluster office's); without one, a province's. */
export const rulesFailingSearchSchema = z.object({ cluster: clusterSearchParam });
export type RulesFailingSearch = z.infer<typeof rulesFailingSearchSchema>;
