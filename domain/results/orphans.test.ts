import { describe, expect, it } from 'vitest';
import {
  addOrphanCounts,
  ORPHAN_KINDS,
  pageByCode,
  unansweredCutoff,
  type OrphanKindCounts,
} from './orphans.js';

describe('pageByCode', () => {
  const items = ['A01', 'A02', 'A03'].map((code) => ({ code }));
  it('takes a page after the cursor and says whether more follow', () => {
    expect(pageByCode(items, undefined, 2)).toEqual({ page: items.slice(0, 2), last: items[1], more: true });
    expect(pageByCode(items, 'A02', 2)).toEqual({ page: [items[2]], last: items[2], more: false });
    expect(pageByCode(items, 'A03', 2)).toEqual({ page: [], last: undefined, more: false });
  });
});

describe('unansweredCutoff', () => {
  it('goes back the set number of days across month and leap-year ends', () => {
    expect(unansweredCutoff('2026-11-30')).toBe('2026-09-01');
    expect(unansweredCutoff('2024-05-30')).toBe('2024-03-01');
    expect(unansweredCutoff('2027-01-15')).toBe('2026-10-17');
  });
});

describe('addOrphanCounts', () => {
  const counts = (n: number) =>
    Object.fromEntries(ORPHAN_KINDS.map((kind, index) => [kind, n * (index + 1)])) as OrphanKindCounts;
  it('adds each kind on its own, and gives zeros for no provinces', () => {
    expect(addOrphanCounts([counts(1), counts(2)])).toEqual(counts(3));
    expect(addOrphanCounts([])).toEqual(counts(0));
  });
});
