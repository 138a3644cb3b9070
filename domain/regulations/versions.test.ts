import { describe, expect, it } from 'vitest';
import { planNewVersion, versionInForce, type VersionSpan } from './versions.js';

const history: VersionSpan[] = [
  { id: 'v1', effectiveFrom: '2008-12-31', effectiveTo: '2022-06-01' },
  { id: 'v2', effectiveFrom: '2022-06-01', effectiveTo: '2024-10-01' },
  { id: 'v3', effectiveFrom: '2024-10-01', effectiveTo: null },
];

describe('versionInForce', () => {
  it.each([
    ['2008-12-30', null],
    ['2008-12-31', 'v1'],
    ['2022-05-31', 'v1'],
    ['2022-06-01', 'v2'],
    ['2024-09-30', 'v2'],
    ['2024-10-01', 'v3'],
    ['2099-01-01', 'v3'],
  ])('on %s answers %s', (on, expected) => {
    expect(versionInForce(history, on)?.id ?? null).toBe(expected);
  });

  it('answers nothing for a gap between closed versions and for no versions', () => {
    const gap: VersionSpan[] = [
      { id: 'a', effectiveFrom: '2020-01-01', effectiveTo: '2020-06-01' },
      { id: 'b', effectiveFrom: '2021-01-01', effectiveTo: null },
    ];
    expect(versionInForce(gap, '2020-08-01')).toBeNull();
    expect(versionInForce([], '2020-08-01')).toBeNull();
  });
});

describe('planNewVersion', () => {
  it('closes the open version on the new start', () => {
    expect(planNewVersion(history, '2025-04-01')).toEqual({ closeId: 'v3' });
  });

  it('closes nothing for the first version', () => {
    expect(planNewVersion([], '2025-04-01')).toEqual({ closeId: null });
  });

  it('refuses a start on or before the open version’s start', () => {
    expect(planNewVersion(history, '2024-10-01')).toHaveProperty('problem');
    expect(planNewVersion(history, '2023-01-01')).toHaveProperty('problem');
  });

  it('refuses a start inside a closed span and names it', () => {
    const result = planNewVersion(history, '2010-01-01');
    expect(result).toMatchObject({ problem: { en: expect.stringContaining('2008-12-31') } });
  });

  it('accepts a start after closed versions when none is open', () => {
    const closed = history.slice(0, 2);
    expect(planNewVersion(closed, '2024-10-01')).toEqual({ closeId: null });
  });
});
