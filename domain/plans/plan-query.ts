import { z } from 'zod';
import { positiveInt4Query } from '../common/integers.js';
import { pagingQuery } from '../common/paging.js';
import { PLAN_SCOPES } from './plan.js';

/** Query strings of the plans API (strict on the server: an unknown parameter is a 400). */
export const planListQuery = z.object({
  scope: z.enum(PLAN_SCOPES).optional(),
  /** Plans covering the province: its own plans and those of the clusters it belongs to. */
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  clusterId: positiveInt4Query().optional(),
  ...pagingQuery,
});
export type PlanListQuery = z.infer<typeof planListQuery>;

/** The version to compare with; by default the one the version was copied from. */
export const versionDiffQuery = z.object({ against: z.uuid().optional() });
