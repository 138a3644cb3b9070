import type { NotificationInput } from '../notifications/notification.js';
import { thaiDateOf } from './minutes.js';

/** Members are reminded a week ahead and again the day before; follow-ups three days before they fall due. */
export const MEETING_REMINDER_DAYS = 7;
export const FOLLOW_UP_REMINDER_DAYS = 3;

const DAY_MS = 86_400_000;
/** Whole days from `today` to `date` (both ISO dates; negative when it has passed). */
export const daysUntil = (today: string, date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

/** The ISO date `days` after `today`. */
export const addDays = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export type ReminderMeeting = {
  id: string;
  label: string;
  committeeNameTh: string;
  date: string;
  startTime: string | null;
  venue: string | null;
  provinceCode: string;
};

/**
 * The reminder of a scheduled meeting: a week ahead, then the day before (or on the day). The date is
 * in the subject key, so a meeting moved to another day is announced again.
 */
export function meetingReminder(meeting: ReminderMeeting, today: string): NotificationInput | null {
  const days = daysUntil(today, meeting.date);
  if (days < 0 || days > MEETING_REMINDER_DAYS) {
    return null;
  }
  const stage = days <= 1 ? 'day' : 'week';
  const at = `${thaiDateOf(meeting.date)}${meeting.startTime ? ` เวลา ${meeting.startTime} น.` : ''}`;
  return {
    subjectKey: `committee-meeting:${meeting.id}:${meeting.date}:${stage}`,
    kind: 'reminder',
    provinceCode: meeting.provinceCode,
    title: {
      th: `การประชุม${meeting.committeeNameTh} ครั้งที่ ${meeting.label}`,
      en: `Meeting ${meeting.label} of ${meeting.committeeNameTh}`,
    },
    body: {
      th: `ประชุมวันที่ ${at}${meeting.venue ? ` ณ ${meeting.venue}` : ''}`,
      en: `On ${meeting.date}${meeting.startTime ? ` at ${meeting.startTime}` : ''}${meeting.venue ? `, ${meeting.venue}` : ''}`,
    },
    link: `/meetings/${meeting.id}`,
  };
}

export type ReminderFollowUp = {
  id: string;
  meetingId: string;
  meetingLabel: string;
  title: string;
  owner: string;
  dueDate: string | null;
  provinceCode: string;
};

/** The reminder of an open follow-up: when it falls due within three days, and once it is overdue. */
export function followUpReminder(followUp: ReminderFollowUp, today: string): NotificationInput | null {
  if (followUp.dueDate === null) {
    return null;
  }
  const days = daysUntil(today, followUp.dueDate);
  if (days > FOLLOW_UP_REMINDER_DAYS) {
    return null;
  }
  const overdue = days < 0;
  return {
    subjectKey: `committee-follow-up:${followUp.id}:${followUp.dueDate}:${overdue ? 'overdue' : 'due'}`,
    kind: 'reminder',
    provinceCode: followUp.provinceCode,
    title: overdue
      ? { th: `เรื่องติดตามเลยกำหนด: ${followUp.title}`, en: `Follow-up overdue: ${followUp.title}` }
      : { th: `เรื่องติดตามใกล้ครบกำหนด: ${followUp.title}`, en: `Follow-up due soon: ${followUp.title}` },
    body: {
      th: `${followUp.owner} ตามมติการประชุมครั้งที่ ${followUp.meetingLabel} กำหนดแล้วเสร็จ ${thaiDateOf(followUp.dueDate)}`,
      en: `${followUp.owner}, from meeting ${followUp.meetingLabel}, due ${followUp.dueDate}`,
    },
    link: `/meetings/${followUp.meetingId}`,
  };
}
