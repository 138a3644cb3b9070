import { z } from 'zod';
import { PLAN_SCOPES } from '../../../domain/plans/plan.js';
import { clusterSearchParam } from '../../app/router/search.js';

/** The plans list: scope and cluster filters and page. */
export const plansSearchSchema = z.object({
  scope: z.enum(PLAN_SCOPES).optional().catch(undefined),
  cluster: clusterSearchParam,
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type PlansSearch = z.infer<typeof plansSearchSchema>;

export const PLAN_TABS = ['structure', 'data', 'changes', 'approval', 'outputs'] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

/** One plan: which version is open, which tab and which tree node is selected. */
export const planSearchSchema = z.object({
  version: z.uuid().optional().catch(undefined),
  tab: z.enum(PLAN_TABS).optional().catch(undefined),
  node: z.string().max(60).optional().catch(undefined),
});
export type PlanSearch = z.infer<typeof planSearchSchema>;
