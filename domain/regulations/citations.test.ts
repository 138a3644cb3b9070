import { describe, expect, it } from 'vitest';
import { citationTargetLabel, isCitableTarget } from './citations.js';

describe('citation targets', () => {
  it.each([
    ['step', 'plan_review', true],
    ['step', 'asset_transfer', true],
    ['step', 'made_up_step', false],
    ['rule', 'readiness_before_request', true],
    ['rule', 'a_rule_added_next_year', true],
    ['rule', 'Bad Key', false],
    ['rule', 'x', false],
  ] as const)('%s %s citable: %s', (kind, key, expected) => {
    expect(isCitableTarget(kind, key)).toBe(expected);
  });

  it('names steps and default rules in both languages, and unknown rules by key', () => {
    expect(citationTargetLabel('step', 'plan_review')).toEqual({ th: 'การทบทวนแผนพัฒนา', en: 'Plan review' });
    expect(citationTargetLabel('rule', 'negative_list').en).toMatch(/^Rule: Not on the FY2569 negative list/);
    expect(citationTargetLabel('rule', 'new_rule_2570')).toEqual({
      th: 'เกณฑ์ new_rule_2570',
      en: 'Rule new_rule_2570',
    });
  });
});
