import { describe, expect, it } from 'vitest';
import { DEFAULT_APPROVAL_STEPS } from '../plans/approval-defaults.js';
import { findStep, validateTransitionInput, type ApprovalStep } from './chain.js';
import { meetingTimingProblems, normalizeMeetingNo } from './meeting-rules.js';

const TODAY = '2026-11-29'; // 29 พฤศจิกายน 2569
const committee = findStep(
  DEFAULT_APPROVAL_STEPS.filter((step) => step.scope === 'province'),
  'submitted_to_committee',
  'committee_approve',
) as ApprovalStep;
const paths = (meetingNo: string, meetingDate: string, previousMeetingDate: string | null = null) =>
  meetingTimingProblems(meetingNo, meetingDate, { today: TODAY, previousMeetingDate }).map(
    (problem) => problem.path,
  );

describe('meeting number', () => {
  it.each([
    ['๑/๒๕๖๙', '1/2569'],
    ['  ๑๒/๒๕๖๙ ', '12/2569'],
    ['3/๒๕๖๙', '3/2569'],
    ['3/2569', '3/2569'],
  ])('reads %j as %s', (text, stored) => {
    expect(normalizeMeetingNo(text)).toBe(stored);
  });
});

describe('meeting timing', () => {
  it.each([
    ['today', '1/2569', TODAY],
    ['the first day of the BE year', '1/2569', '2026-01-01'],
    ['the last day of the previous BE year', '40/2568', '2025-12-31'],
  ])('accepts a meeting held %s', (_, meetingNo, meetingDate) => {
    expect(paths(meetingNo, meetingDate)).toEqual([]);
  });

  it.each(['2026-11-30', '2027-01-05', '2030-06-01'])('refuses the future meeting date %s', (meetingDate) => {
    const problems = meetingTimingProblems('1/2569', meetingDate, { today: TODAY });
    expect(problems[0]).toEqual({
      path: 'meetingDate',
      message: { th: 'วันที่ประชุมต้องไม่เป็นวันในอนาคต', en: 'The meeting date cannot be in the future' },
    });
  });

  it('accepts a meeting on or after the previous step’s meeting, and refuses one before it', () => {
    expect(paths('5/2569', '2026-06-10', '2026-06-10')).toEqual([]);
    expect(paths('5/2569', '2026-06-11', '2026-06-10')).toEqual([]);
    const [problem] = meetingTimingProblems('5/2569', '2026-06-09', {
      today: TODAY,
      previousMeetingDate: '2026-06-10',
    });
    expect(problem).toEqual({
      path: 'meetingDate',
      message: {
        th: 'วันที่ประชุมต้องไม่ก่อนการประชุมของขั้นก่อนหน้า (10 มิถุนายน 2569)',
        en: "The meeting date cannot be before the previous step's meeting (10 Jun 2026 (BE 2569))",
      },
    });
  });

  it.each([
    ['1/2570', '2026-11-01', 2570, 2569],
    ['12/2568', '2026-01-02', 2568, 2569],
    ['3/2569', '2025-12-31', 2569, 2568],
  ])(
    'refuses meeting %s held on %s (numbered BE %i, held BE %i)',
    (meetingNo, meetingDate, numbered, held) => {
      const [problem] = meetingTimingProblems(meetingNo, meetingDate, { today: TODAY });
      expect(problem).toEqual({
        path: 'meetingNo',
        message: {
          th: `ครั้งที่ประชุม ${meetingNo} เป็นของปี พ.ศ. ${numbered} แต่วันที่ประชุมอยู่ในปี พ.ศ. ${held}`,
          en: `Meeting ${meetingNo} is numbered in BE ${numbered} but the meeting date falls in BE ${held}`,
        },
      });
    },
  );

  it('reports every broken rule at once', () => {
    expect(paths('1/2568', '2027-02-01', '2027-03-01')).toEqual(['meetingDate', 'meetingDate', 'meetingNo']);
  });

  it('skips the year check when there is no meeting number', () => {
    expect(paths('', '2026-03-01')).toEqual([]);
  });
});

describe('transition input with meeting timing', () => {
  const context = { today: TODAY, previousMeetingDate: '2026-03-01' };

  it('accepts Thai digits in the meeting number of a step held today', () => {
    expect(validateTransitionInput(committee, { meetingNo: '๑/๒๕๖๙', meetingDate: TODAY }, context)).toEqual(
      [],
    );
  });

  it('refuses a future date, an out-of-order date and a year mismatch through the step check', () => {
    expect(
      validateTransitionInput(committee, { meetingNo: '1/2569', meetingDate: '2026-12-01' }, context).map(
        (problem) => problem.path,
      ),
    ).toEqual(['meetingDate']);
    expect(
      validateTransitionInput(committee, { meetingNo: '1/2569', meetingDate: '2026-02-01' }, context).map(
        (problem) => problem.path,
      ),
    ).toEqual(['meetingDate']);
    expect(
      validateTransitionInput(committee, { meetingNo: '1/2570', meetingDate: '2026-06-01' }, context).map(
        (problem) => problem.path,
      ),
    ).toEqual(['meetingNo']);
  });

  it('does not add timing problems to a malformed date or meeting number', () => {
    expect(
      validateTransitionInput(committee, { meetingNo: '1/69', meetingDate: '2030-02-30' }, context).map(
        (problem) => problem.path,
      ),
    ).toEqual(['meetingNo', 'meetingDate']);
  });
});
