import { describe, expect, it } from 'vitest';
import { DEFAULT_APPROVAL_STEPS } from './approval-defaults.js';
import { PLAN_STATUSES, planStatusLabel } from './plan.js';

describe('committee terminology', () => {
  it('names the committee of the plan’s own scope, never both', () => {
    expect(planStatusLabel('submitted_to_committee', 'province').th).toBe('เสนอ ก.บ.จ.');
    expect(planStatusLabel('committee_approved', 'cluster').th).toBe('ก.บ.ก. อนุมัติ');
    expect(planStatusLabel('committee_approved', 'province').en).toBe(
      'Approved by the provincial committee (ก.บ.จ.)',
    );
    for (const status of PLAN_STATUSES) {
      for (const scope of ['province', 'cluster'] as const) {
        expect(planStatusLabel(status, scope).th).not.toContain('/');
      }
    }
  });

  it('calls today’s regional body คณะอนุกรรมการประจำภาค, not the former อ.ก.บ.ภ.', () => {
    const regional = DEFAULT_APPROVAL_STEPS.filter((step) => step.action === 'regional_approve');
    expect(regional).toHaveLength(2);
    for (const step of regional) {
      expect(step.labelTh).toContain('คณะอนุกรรมการประจำภาค');
      expect(step.labelTh).not.toContain('ก.บ.ภ.');
    }
    expect(planStatusLabel('regional_approved', 'province').th).toBe('คณะอนุกรรมการประจำภาคเห็นชอบ');
  });
});
