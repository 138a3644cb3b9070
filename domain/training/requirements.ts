import type { Role } from '../auth/roles.js';
import type { WorkflowStep } from '../regulations/vocabulary.js';

/**
 * Which roles of a province should have someone trained on which step. Data, not rules from a
 * verified source: the centre's development guideline (demo entry in the library) is unverified.
 */
export const TRAINING_REQUIREMENTS: readonly { topic: WorkflowStep; roles: readonly Role[] }[] = [
  { topic: 'plan_drafting', roles: ['provincial_planner', 'provincial_head'] },
  { topic: 'budget_request', roles: ['provincial_planner'] },
  { topic: 'need_screening', roles: ['district_officer'] },
  { topic: 'procurement', roles: ['agency_officer'] },
  { topic: 'asset_transfer', roles: ['provincial_planner', 'agency_officer'] },
  { topic: 'programme_reporting', roles: ['provincial_planner'] },
];

export type RoleHolder = { userId: string; roles: readonly Role[] };
export type UntrainedRole = { topic: WorkflowStep; role: Role; holders: number };

/**
 * The (topic, role) pairs of the requirements with nobody trained: no holder of the role in the
 * province attended an event on the topic. A role nobody holds is flagged too (holders: 0).
 */
export function untrainedRoles(
  holders: readonly RoleHolder[],
  attendedTopics: ReadonlyMap<string, ReadonlySet<WorkflowStep>>,
): UntrainedRole[] {
  return TRAINING_REQUIREMENTS.flatMap(({ topic, roles }) =>
    roles.flatMap((role) => {
      const withRole = holders.filter((holder) => holder.roles.includes(role));
      const trained = withRole.some((holder) => attendedTopics.get(holder.userId)?.has(topic) ?? false);
      return trained ? [] : [{ topic, role, holders: withRole.length }];
    }),
  );
}
