import { and, between, eq, lte, ne } from 'drizzle-orm';
import { formatMeetingNo } from '../../../domain/committees/meeting-rules.js';
import {
  addDays,
  followUpReminder,
  FOLLOW_UP_REMINDER_DAYS,
  meetingReminder,
  MEETING_REMINDER_DAYS,
} from '../../../domain/committees/reminders.js';
import type { NotificationInput } from '../../../domain/notifications/notification.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { committees, followUps, meetings } from './tables.js';

/**
 * The committees' notices for the bell (a daily digest source): scheduled meetings in the coming week
 * and open follow-ups due within three days or overdue, each to the readers of its province.
 */
export async function committeeDigestSource(deps: DatabaseDeps, today: string): Promise<NotificationInput[]> {
  return inSystemTransaction(deps.database, async (tx) => {
    const ahead = await tx
      .select({ meeting: meetings, committeeNameTh: committees.nameTh })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(
        and(
          eq(meetings.status, 'scheduled'),
          between(meetings.date, today, addDays(today, MEETING_REMINDER_DAYS)),
        ),
      );
    const due = await tx
      .select({ followUp: followUps, no: meetings.no, beYear: meetings.beYear })
      .from(followUps)
      .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
      .where(
        and(ne(followUps.status, 'done'), lte(followUps.dueDate, addDays(today, FOLLOW_UP_REMINDER_DAYS))),
      );
    return [
      ...ahead.map(({ meeting, committeeNameTh }) =>
        meetingReminder({ ...meeting, label: formatMeetingNo(meeting), committeeNameTh }, today),
      ),
      ...due.map(({ followUp, no, beYear }) =>
        followUpReminder({ ...followUp, meetingLabel: formatMeetingNo({ no, beYear }) }, today),
      ),
    ].filter((notice) => notice !== null);
  });
}
