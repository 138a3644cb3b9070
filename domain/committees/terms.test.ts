import { describe, expect, it } from 'vitest';
import { approvalActionOf, isOverdue } from './follow-up.js';
import { termCovers, termWarnings, type Term } from './terms.js';

const term = (from: string, to: string | null, overrides: Partial<Term> = {}): Term => ({
  personName: 'นายสมชาย ใจดี',
  seatType: 'private',
  validFrom: from,
  validTo: to,
  ...overrides,
});
const codes = (warnings: { code: string }[]) => warnings.map((warning) => warning.code);

describe('term rule for appointed members', () => {
  it('warns on the third consecutive term and not on the second', () => {
    const first = term('2020-01-01', '2022-12-31');
    const second = term('2023-01-01', '2025-12-31');
    expect(termWarnings(second, [first])).toEqual([]);
    const third = termWarnings(term('2026-01-01', '2028-12-31'), [first, second]);
    expect(codes(third)).toEqual(['third_consecutive_term']);
    expect(third[0]?.message.th).toContain('วาระที่ 3 ติดต่อกัน');
  });

  it('does not count terms broken by a long gap or held by someone else', () => {
    const first = term('2017-01-01', '2019-12-31');
    const second = term('2021-01-01', '2023-12-31');
    expect(termWarnings(term('2024-01-01', '2026-12-31'), [first, second])).toEqual([]);
    const other = term('2020-01-01', '2022-12-31', { personName: 'นางสาวสุดา ดีงาม' });
    expect(termWarnings(term('2026-01-01', '2028-12-31'), [other, term('2023-01-01', '2025-12-31')])).toEqual(
      [],
    );
  });

  it('matches the same person despite extra spaces', () => {
    const earlier = [
      term('2020-01-01', '2022-12-31', { personName: 'นายสมชาย  ใจดี ' }),
      term('2023-01-01', '2025-12-31'),
    ];
    expect(codes(termWarnings(term('2026-01-01', '2028-12-31'), earlier))).toEqual([
      'third_consecutive_term',
    ]);
  });

  it('warns when a term is open-ended or longer than three years', () => {
    expect(codes(termWarnings(term('2026-01-01', null), []))).toEqual(['term_too_long']);
    expect(codes(termWarnings(term('2026-01-01', '2029-01-02'), []))).toEqual(['term_too_long']);
    expect(termWarnings(term('2026-01-01', '2029-01-01'), [])).toEqual([]);
  });

  it('never warns on ex officio government seats', () => {
    const seat = { seatType: 'government' as const };
    const earlier = [term('2017-01-01', '2019-12-31', seat), term('2020-01-01', '2022-12-31', seat)];
    expect(termWarnings(term('2023-01-01', null, seat), earlier)).toEqual([]);
  });

  it('tells whether a term covers a date, both ends included', () => {
    expect(termCovers({ validFrom: '2026-01-01', validTo: '2026-12-31' }, '2026-12-31')).toBe(true);
    expect(termCovers({ validFrom: '2026-01-01', validTo: '2026-12-31' }, '2027-01-01')).toBe(false);
    expect(termCovers({ validFrom: '2026-01-01', validTo: null }, '2030-01-01')).toBe(true);
    expect(termCovers({ validFrom: '2026-01-01', validTo: null }, '2025-12-31')).toBe(false);
  });
});

describe('resolutions and follow-ups', () => {
  it('maps approving resolutions to the committee step and return to return', () => {
    expect(approvalActionOf('approve')).toBe('committee_approve');
    expect(approvalActionOf('approve_with_changes')).toBe('committee_approve');
    expect(approvalActionOf('return')).toBe('return');
    expect(approvalActionOf('note')).toBeNull();
    expect(approvalActionOf('assign')).toBeNull();
  });

  it('flags a follow-up past due and not done', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-11-01' }, '2026-11-29')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueDate: '2026-11-29' }, '2026-11-29')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-11-01' }, '2026-11-29')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: null }, '2026-11-29')).toBe(false);
  });
});
