import { asc, eq, inArray } from 'drizzle-orm';
import type { MeetingDetail } from '../../../domain/committees/responses.js';
import { quorumOf } from '../../../domain/committees/meeting-rules.js';
import { termCovers } from '../../../domain/committees/terms.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import type { Queryable } from '../../platform/db/client.js';
import type { CommitteeRow, MeetingRow } from './access.js';
import { presentAgendaItem, presentFollowUp, presentMeeting } from './presenter.js';
import {
  agendaItemNeeds,
  agendaItems,
  committeeMembers,
  followUps,
  meetingAttendance,
  meetings,
} from './tables.js';

/** The members whose term covers the meeting's date: those the quorum counts. */
export async function membersAt(tx: Queryable, meeting: MeetingRow) {
  const rows = await tx
    .select()
    .from(committeeMembers)
    .where(eq(committeeMembers.committeeId, meeting.committeeId))
    .orderBy(asc(committeeMembers.validFrom));
  return rows.filter((row) => termCovers(row, meeting.date));
}

/** A meeting with attendance, quorum, and its agenda with resolutions and the follow-ups they set. */
export async function loadMeetingDetail(
  tx: Queryable,
  meeting: MeetingRow,
  committee: CommitteeRow,
): Promise<MeetingDetail> {
  const members = await membersAt(tx, meeting);
  const attendance = await tx
    .select()
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, meeting.id));
  const byMember = new Map(attendance.map((entry) => [entry.memberId, entry]));
  const items = await tx
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id))
    .orderBy(asc(agendaItems.section), asc(agendaItems.position));
  const itemIds = items.map((item) => item.id);
  const set =
    itemIds.length === 0
      ? []
      : await tx
          .select({ followUp: followUps, no: meetings.no, beYear: meetings.beYear })
          .from(followUps)
          .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
          .where(inArray(followUps.agendaItemId, itemIds))
          .orderBy(asc(followUps.createdAt));
  const proposals =
    itemIds.length === 0
      ? []
      : await tx
          .select({ agendaItemId: agendaItemNeeds.agendaItemId, needId: agendaItemNeeds.needId })
          .from(agendaItemNeeds)
          .where(inArray(agendaItemNeeds.agendaItemId, itemIds))
          .orderBy(asc(agendaItemNeeds.createdAt));
  const today = toBangkokIsoDate(new Date());
  return {
    ...presentMeeting(meeting, committee),
    attendance: members.map((member) => {
      const entry = byMember.get(member.id);
      return {
        memberId: member.id,
        personName: member.personName,
        position: member.position,
        role: member.role,
        status: entry?.status ?? null,
        reason: entry?.reason ?? null,
        delegateName: entry?.delegateName ?? null,
      };
    }),
    quorum: quorumOf(
      members.map((member) => member.id),
      attendance,
    ),
    agenda: items.map((item) =>
      presentAgendaItem(
        item,
        set
          .filter((row) => row.followUp.agendaItemId === item.id)
          .map((row) => presentFollowUp(row.followUp, row, today)),
        proposals.filter((row) => row.agendaItemId === item.id).map((row) => row.needId),
      ),
    ),
  };
}
