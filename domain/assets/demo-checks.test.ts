import { describe, expect, it } from 'vitest';
import { demoCheckDate } from './demo-checks.js';

describe('demoCheckDate', () => {
  const today = '2026-11-29';
  it('spreads held assets over checked recently, checked over a year ago and never checked', () => {
    expect([0, 1, 2, 3].map((n) => demoCheckDate(n, '2024-09-15', today))).toEqual([
      '2026-08-29',
      '2025-09-29',
      null,
      '2026-08-29',
    ]);
  });

  it('never dates a check before the handover', () => {
    expect(demoCheckDate(1, '2025-10-01', today)).toBeNull();
    expect(demoCheckDate(0, '2026-09-01', today)).toBeNull();
  });
});
