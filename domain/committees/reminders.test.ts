import { describe, expect, it } from 'vitest';
import { addDays, daysUntil, followUpReminder, meetingReminder } from './reminders.js';

const meeting = {
  id: 'm1',
  label: '4/2569',
  committeeNameTh: 'ก.บ.จ.นครราชสีมา',
  date: '2026-12-20',
  startTime: '13:30',
  venue: 'ศาลากลางจังหวัด',
  provinceCode: '30',
};
const followUp = {
  id: 'f1',
  meetingId: 'm0',
  meetingLabel: '3/2569',
  title: 'เร่งรัดการเบิกจ่าย',
  owner: 'สำนักงานจังหวัด',
  dueDate: '2026-12-10',
  provinceCode: '30',
};

describe('meeting reminders', () => {
  it.each([
    ['2026-12-12', null],
    ['2026-12-13', 'week'],
    ['2026-12-18', 'week'],
    ['2026-12-19', 'day'],
    ['2026-12-20', 'day'],
    ['2026-12-21', null],
  ])('on %s reminds at stage %s', (today, stage) => {
    expect(meetingReminder(meeting, today)?.subjectKey.split(':').at(-1) ?? null).toBe(stage);
  });

  it('keys on the date, so a moved meeting is announced again, and links the meeting', () => {
    const first = meetingReminder(meeting, '2026-12-19');
    const moved = meetingReminder({ ...meeting, date: '2026-12-21' }, '2026-12-20');
    expect(first?.subjectKey).not.toBe(moved?.subjectKey);
    expect(first).toMatchObject({ kind: 'reminder', provinceCode: '30', link: '/meetings/m1' });
    expect(first?.body.th).toContain('๒๐ ธันวาคม ๒๕๖๙ เวลา 13:30 น. ณ ศาลากลางจังหวัด');
  });
});

describe('follow-up reminders', () => {
  it.each([
    ['2026-12-06', null],
    ['2026-12-07', 'due'],
    ['2026-12-10', 'due'],
    ['2026-12-11', 'overdue'],
    ['2027-03-01', 'overdue'],
  ])('on %s reminds as %s', (today, stage) => {
    expect(followUpReminder(followUp, today)?.subjectKey.split(':').at(-1) ?? null).toBe(stage);
  });

  it('never reminds of a follow-up without a due date', () => {
    expect(followUpReminder({ ...followUp, dueDate: null }, '2030-01-01')).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('counts whole days across months and years', () => {
    expect(daysUntil('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysUntil('2027-01-02', '2026-12-30')).toBe(-3);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});
