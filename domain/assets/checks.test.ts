import { describe, expect, it } from 'vitest';
import { assetCheckProblem, latestCheck, monthsBefore, nextCheckDue } from './checks.js';

describe('monthsBefore', () => {
  it('steps whole calendar months, falling back to the month’s last day', () => {
    expect(monthsBefore('2026-11-29', 6)).toBe('2026-05-29');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 12)).toBe('2025-01-15');
    expect(monthsBefore('2025-12-31', -2)).toBe('2026-02-28');
  });
});

describe('nextCheckDue', () => {
  it('is a year after the last check, or after handover before the first one', () => {
    expect(nextCheckDue(null, '2025-03-31')).toBe('2026-03-31');
    expect(nextCheckDue('2026-02-10', '2025-03-31')).toBe('2027-02-10');
  });
});

describe('assetCheckProblem', () => {
  const held = { status: 'registered' as const, handoverDate: '2025-03-31' };
  it('accepts a check of a held asset between handover and today', () => {
    expect(assetCheckProblem(held, '2026-01-10', '2026-11-29')).toBeNull();
    expect(
      assetCheckProblem({ ...held, status: 'transfer_approved' }, '2025-03-31', '2026-11-29'),
    ).toBeNull();
  });
  it('refuses a future date, a date before handover and an asset already handed over', () => {
    expect(assetCheckProblem(held, '2026-11-30', '2026-11-29')?.en).toContain('future');
    expect(assetCheckProblem(held, '2025-03-30', '2026-11-29')?.en).toContain('before the handover');
    expect(assetCheckProblem({ ...held, status: 'transferred' }, '2026-01-10', '2026-11-29')).not.toBeNull();
    expect(assetCheckProblem({ ...held, status: 'written_off' }, '2026-01-10', '2026-11-29')).not.toBeNull();
  });
});

describe('latestCheck', () => {
  const at = (checkedOn: string, recorded: string) => ({ checkedOn, recordedAt: new Date(recorded) });
  it('is the latest checked, the latest recorded on the same day, or null without checks', () => {
    const late = at('2026-02-01', '2026-01-01T00:00:00Z');
    const sameDayLater = at('2026-02-01', '2026-03-01T00:00:00Z');
    expect(latestCheck([late, at('2025-02-01', '2026-06-01T00:00:00Z')])).toBe(late);
    expect(latestCheck([sameDayLater, late])).toBe(sameDayLater);
    expect(latestCheck([late, sameDayLater])).toBe(sameDayLater);
    expect(latestCheck([])).toBeNull();
  });
});
