import { and, asc, count, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { CommitteeDashboard } from '../../../domain/committees/responses.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { inViewScope } from './access.js';
import { presentFollowUp, presentMeeting } from './presenter.js';
import { committees, followUps, meetings } from './tables.js';

/** How many meetings and overdue follow-ups the card lists; the counts cover all of them. */
export const DASHBOARD_ROWS = 5;

/**
 * What the dashboard's committee card shows the actor: the next meetings from today (Bangkok) and the
 * open follow-ups, counted, with the overdue ones listed earliest due first. Walls as every list.
 */
export async function committeeDashboard(
  deps: DatabaseDeps,
  actor: Actor,
  today = toBangkokIsoDate(new Date()),
): Promise<CommitteeDashboard> {
  authorize(actor, 'committee.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const upcoming = await tx
      .select({ meeting: meetings, nameTh: committees.nameTh })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(and(inViewScope(actor, meetings), gte(meetings.date, today), eq(meetings.status, 'scheduled')))
      .orderBy(asc(meetings.date), asc(meetings.id))
      .limit(DASHBOARD_ROWS);
    const open = and(inViewScope(actor, followUps), ne(followUps.status, 'done'));
    const overdueWhere = and(open, lt(followUps.dueDate, today));
    const [counts] = await tx
      .select({
        open: count(),
        overdue: sql<number>`count(*) filter (where ${followUps.dueDate} < ${today})`.mapWith(Number),
      })
      .from(followUps)
      .where(open);
    const overdue = await tx
      .select({ followUp: followUps, no: meetings.no, beYear: meetings.beYear })
      .from(followUps)
      .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
      .where(overdueWhere)
      .orderBy(asc(followUps.dueDate), asc(followUps.id))
      .limit(DASHBOARD_ROWS);
    return {
      upcoming: upcoming.map((row) => presentMeeting(row.meeting, row)),
      openFollowUps: counts?.open ?? 0,
      overdueFollowUps: counts?.overdue ?? 0,
      overdue: overdue.map((row) => presentFollowUp(row.followUp, row, today)),
    };
  });
}
