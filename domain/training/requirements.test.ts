import { describe, expect, it } from 'vitest';
import type { WorkflowStep } from '../regulations/vocabulary.js';
import { TRAINING_REQUIREMENTS, untrainedRoles } from './requirements.js';

const every = TRAINING_REQUIREMENTS.flatMap(({ topic, roles }) => roles.map((role) => `${topic}/${role}`));
const keys = (flags: ReturnType<typeof untrainedRoles>) => flags.map((flag) => `${flag.topic}/${flag.role}`);
const attended = (entries: Record<string, WorkflowStep[]>) =>
  new Map(Object.entries(entries).map(([userId, topics]) => [userId, new Set(topics)]));

describe('untrainedRoles', () => {
  it('flags every required pair in a province with nobody, saying nobody holds the role', () => {
    const flags = untrainedRoles([], new Map());
    expect(keys(flags)).toEqual(every);
    expect(flags.every((flag) => flag.holders === 0)).toBe(true);
  });

  it('clears a pair once one holder of the role attended an event on the topic', () => {
    const holders = [
      { userId: 'a', roles: ['provincial_planner'] as const },
      { userId: 'b', roles: ['provincial_planner'] as const },
    ];
    const flags = untrainedRoles(holders, attended({ b: ['asset_transfer', 'plan_drafting'] }));
    expect(keys(flags)).not.toContain('asset_transfer/provincial_planner');
    expect(keys(flags)).not.toContain('plan_drafting/provincial_planner');
    expect(flags.find((flag) => flag.topic === 'budget_request')).toEqual({
      topic: 'budget_request',
      role: 'provincial_planner',
      holders: 2,
    });
  });

  it('does not let training of another role count: nobody trained on asset transfer among agencies', () => {
    const holders = [
      { userId: 'p', roles: ['provincial_planner'] as const },
      { userId: 'g', roles: ['agency_officer'] as const },
    ];
    const flags = untrainedRoles(holders, attended({ p: ['asset_transfer'], g: ['procurement'] }));
    expect(keys(flags)).toContain('asset_transfer/agency_officer');
    expect(keys(flags)).not.toContain('procurement/agency_officer');
  });

  it('counts a holder of several roles for each of them', () => {
    const holders = [{ userId: 'x', roles: ['provincial_planner', 'provincial_head'] as const }];
    const flags = untrainedRoles(holders, attended({ x: ['plan_drafting'] }));
    expect(keys(flags)).not.toContain('plan_drafting/provincial_planner');
    expect(keys(flags)).not.toContain('plan_drafting/provincial_head');
  });
});
