import { describe, expect, it } from 'vitest';
import {
  formatMeetingNo,
  meetingProblems,
  parseMeetingNo,
  quorumOf,
  suggestMeetingNo,
} from './meeting-rules.js';

describe('meeting numbers', () => {
  it.each([
    ['3/2569', { no: 3, beYear: 2569 }],
    ['๓/๒๕๖๙', { no: 3, beYear: 2569 }],
    ['ครั้งที่ ๑๒/๒๕๖๘', { no: 12, beYear: 2568 }],
    [' 2 / 2567 ', { no: 2, beYear: 2567 }],
  ])('reads %s', (text, expected) => {
    expect(parseMeetingNo(text)).toEqual(expected);
  });

  it.each(['', '3', '3/69', '0/2569', '3/1969', 'ครั้งที่/2569', '1234/2569'])('refuses %s', (text) => {
    expect(parseMeetingNo(text)).toBeNull();
  });

  it('formats in Thai digits for documents', () => {
    expect(formatMeetingNo({ no: 3, beYear: 2569 }, true)).toBe('๓/๒๕๖๙');
    expect(formatMeetingNo({ no: 3, beYear: 2569 })).toBe('3/2569');
  });

  it('suggests one past the highest number of that year only', () => {
    const used = [
      { no: 1, beYear: 2569 },
      { no: 4, beYear: 2569 },
      { no: 9, beYear: 2568 },
    ];
    expect(suggestMeetingNo(used, 2569)).toEqual({ no: 5, beYear: 2569 });
    expect(suggestMeetingNo(used, 2570)).toEqual({ no: 1, beYear: 2570 });
  });
});

describe('meeting date and numbering rules', () => {
  const today = '2026-11-29';
  const others = [
    { no: 1, beYear: 2569, date: '2026-02-10' },
    { no: 3, beYear: 2569, date: '2026-09-01' },
  ];
  const paths = (problems: { path: string }[]) => problems.map((problem) => problem.path);

  it('accepts a meeting in order, in its year, not in the future', () => {
    expect(meetingProblems({ no: 2, beYear: 2569, date: '2026-05-05', held: true }, others, today)).toEqual(
      [],
    );
  });

  it('refuses a number of another BE year than the date', () => {
    const problems = meetingProblems({ no: 4, beYear: 2568, date: '2026-10-01', held: true }, [], today);
    expect(paths(problems)).toEqual(['meetingNo']);
    expect(problems[0]?.message.th).toContain('2569');
  });

  it('refuses a number already used', () => {
    expect(
      paths(meetingProblems({ no: 3, beYear: 2569, date: '2026-10-01', held: true }, others, today)),
    ).toContain('meetingNo');
  });

  it('refuses a meeting out of order with its neighbours', () => {
    expect(
      paths(meetingProblems({ no: 2, beYear: 2569, date: '2026-10-01', held: true }, others, today)),
    ).toEqual(['meetingDate']);
    expect(
      paths(meetingProblems({ no: 4, beYear: 2569, date: '2026-01-05', held: true }, others, today)),
    ).toEqual(['meetingDate']);
  });

  it('lets a scheduled meeting lie ahead but not a held one', () => {
    const ahead = { no: 4, beYear: 2569, date: '2026-12-15' };
    expect(meetingProblems({ ...ahead, held: false }, others, today)).toEqual([]);
    expect(paths(meetingProblems({ ...ahead, held: true }, others, today))).toEqual(['meetingDate']);
  });
});

describe('quorum', () => {
  const members = ['a', 'b', 'c', 'd', 'e'];

  it('needs at least half of all members, delegates counting', () => {
    expect(
      quorumOf(members, [
        { memberId: 'a', status: 'present' },
        { memberId: 'b', status: 'delegate' },
        { memberId: 'c', status: 'present' },
        { memberId: 'd', status: 'absent' },
      ]),
    ).toEqual({ members: 5, attending: 3, needed: 3, met: true });
  });

  it('fails below half and ignores people who are not members', () => {
    const quorum = quorumOf(members, [
      { memberId: 'a', status: 'present' },
      { memberId: 'x', status: 'present' },
      { memberId: 'y', status: 'present' },
    ]);
    expect(quorum).toEqual({ members: 5, attending: 1, needed: 3, met: false });
  });

  it('treats exactly half of an even committee as a quorum and an empty committee as none', () => {
    const four = ['a', 'b', 'c', 'd'];
    const two = [
      { memberId: 'a', status: 'present' as const },
      { memberId: 'b', status: 'present' as const },
    ];
    expect(quorumOf(four, two).met).toBe(true);
    expect(quorumOf([], []).met).toBe(false);
  });
});
