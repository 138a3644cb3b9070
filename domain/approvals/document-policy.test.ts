import { describe, expect, it } from 'vitest';
import { policyActionOf } from './document-policy.js';

describe('policy action of a chain step', () => {
  it.each([
    ['plan_version', 'draft', 'plan.edit'],
    ['plan_version', 'submitted_to_committee', 'plan.approve'],
    ['action_plan', 'draft', 'action_plan.edit'],
    ['action_plan', 'submitted_to_committee', 'action_plan.approve'],
  ] as const)('%s from %s falls under %s', (documentType, fromStatus, action) => {
    expect(policyActionOf(documentType, { fromStatus })).toBe(action);
  });
});
