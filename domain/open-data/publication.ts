import type { ActionPlanStatus } from '../action-plans/action-plan.js';
import type { PlanStatus } from '../plans/plan.js';
import { PROJECT_MAIN_STATUSES, type ProjectStatus } from '../projects/project.js';

/**
 * What the public sees. A project becomes public once an approved action plan carries it (earlier
 * states are drafts of the province's own work) and stays public through its budget and delivery;
 * a project cut, deferred or cancelled before the budget is left out. The database views of the
 * open-data migration select exactly these lists; a test plants every other status and proves it.
 */
export const PUBLISHED_PROJECT_STATUSES: readonly ProjectStatus[] = [
  ...PROJECT_MAIN_STATUSES.slice(PROJECT_MAIN_STATUSES.indexOf('in_action_plan')),
  'carried_over',
];

/** Action plans the committee has approved, and the later steps of the same document. */
export const PUBLISHED_ACTION_PLAN_STATUSES = [
  'approved',
  'submitted_to_centre',
  'endorsed_by_region',
] as const satisfies readonly ActionPlanStatus[];

/** Only a published plan version is public (`published_at` is its publication date). */
export const PUBLISHED_PLAN_STATUSES = ['published'] as const satisfies readonly PlanStatus[];

export function isPublishedProjectStatus(status: ProjectStatus): boolean {
  return PUBLISHED_PROJECT_STATUSES.includes(status);
}
