import { describe, expect, it } from 'vitest';
import { diffActionPlans, type ComparableEntry } from './revision-diff.js';

const entry = (stableKey: string, changes: Partial<ComparableEntry> = {}): ComparableEntry => ({
  stableKey,
  projectCode: `P-${stableKey}`,
  title: `โครงการ ${stableKey}`,
  entryClass: 'within',
  rank: 1,
  amountSatang: '100000',
  note: null,
  ...changes,
});

describe('action plan revision diff', () => {
  it('finds nothing between identical copies', () => {
    expect(
      diffActionPlans([entry('a'), entry('b', { rank: 2 })], [entry('a'), entry('b', { rank: 2 })]),
    ).toEqual({
      entries: [],
      unexplained: 0,
    });
  });

  it('pairs by stable key and lists added, changed and removed entries with the changed fields', () => {
    const diff = diffActionPlans(
      [entry('a'), entry('b', { rank: 2 }), entry('c', { entryClass: 'above' })],
      [entry('a', { amountSatang: '90000' }), entry('c', { entryClass: 'within', rank: 2 }), entry('d')],
    );
    expect(diff.entries.map((e) => [e.stableKey, e.kind])).toEqual([
      ['d', 'added'],
      ['a', 'changed'],
      ['c', 'changed'],
      ['b', 'removed'],
    ]);
    expect(diff.entries.find((e) => e.stableKey === 'c')?.fields).toEqual([
      { field: 'entryClass', before: 'above', after: 'within' },
      { field: 'rank', before: 1, after: 2 },
    ]);
    expect(diff.entries.find((e) => e.stableKey === 'a')?.fields).toEqual([
      { field: 'amountSatang', before: '100000', after: '90000' },
    ]);
  });

  it('counts every change without a reason as unexplained and carries the reasons given', () => {
    const diff = diffActionPlans(
      [entry('a'), entry('b')],
      [entry('a', { note: 'ลดขนาด' })],
      new Map([['b', 'ไม่พร้อม']]),
    );
    expect(diff.unexplained).toBe(1);
    expect(diff.entries.find((e) => e.stableKey === 'b')?.reason).toBe('ไม่พร้อม');
    expect(diff.entries.find((e) => e.stableKey === 'a')?.reason).toBeNull();
  });

  it('keeps the removed entry’s code and title so the reader knows what left', () => {
    const [removed] = diffActionPlans([entry('z')], []).entries;
    expect(removed).toMatchObject({ kind: 'removed', projectCode: 'P-z', title: 'โครงการ z' });
  });
});
