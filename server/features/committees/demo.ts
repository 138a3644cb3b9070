import { and, eq } from 'drizzle-orm';
import { suggestMeetingNo } from '../../../domain/committees/meeting-rules.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import type { Database, Queryable } from '../../platform/db/client.js';
import {
  DEMO_KBJ,
  DEMO_KBJ_MEMBERS,
  DEMO_KRO,
  DEMO_KRO_MEMBERS,
  DEMO_MEETINGS,
  DEMO_PROVINCE,
  type DemoMeeting,
  type DemoMember,
} from './demo-data.js';
import {
  agendaItems,
  committeeMembers,
  committees,
  followUps,
  meetingAttendance,
  meetings,
} from './tables.js';

const placement = { provinceCode: DEMO_PROVINCE, clusterId: null };
/** The days ahead the demo's upcoming meeting is set, from the day the demo is seeded. */
const UPCOMING_IN_DAYS = 21;

async function insertCommittee(
  tx: Queryable,
  committee: typeof DEMO_KBJ | typeof DEMO_KRO,
  members: DemoMember[],
) {
  const [row] = await tx
    .insert(committees)
    .values({ ...committee, ...placement, isDemo: true })
    .returning();
  if (!row) {
    throw new Error('demo committee not inserted');
  }
  const memberRows = await tx
    .insert(committeeMembers)
    .values(
      members.map((member) => ({
        committeeId: row.id,
        personName: member.name,
        position: member.position,
        seatType: member.seat,
        role: member.role,
        validFrom: member.from,
        validTo: member.to,
        ...placement,
      })),
    )
    .returning();
  return { committee: row, members: memberRows };
}

async function insertPastMeeting(
  tx: Queryable,
  committeeId: string,
  memberIds: string[],
  demo: DemoMeeting,
): Promise<void> {
  const [meeting] = await tx
    .insert(meetings)
    .values({
      committeeId,
      no: demo.no,
      beYear: demo.beYear,
      date: demo.date,
      startTime: '09:30',
      venue: demo.venue,
      status: 'held',
      isDemo: true,
      ...placement,
    })
    .returning();
  if (!meeting) {
    throw new Error('demo meeting not inserted');
  }
  // One member away each time (the last one before the secretary), with a reason.
  await tx.insert(meetingAttendance).values(
    memberIds.map((memberId, index) => ({
      meetingId: meeting.id,
      memberId,
      status: index === memberIds.length - 2 ? ('absent' as const) : ('present' as const),
      reason: index === memberIds.length - 2 ? 'ติดราชการ' : null,
      ...placement,
    })),
  );
  const items = await tx
    .insert(agendaItems)
    .values(
      demo.items.map((item, index) => ({
        meetingId: meeting.id,
        section: item.section,
        position: index + 1,
        title: item.title,
        resolutionKind: item.resolution[0],
        resolutionText: item.resolution[1],
        ...placement,
      })),
    )
    .returning();
  const assigned = items.find((item) => item.resolutionKind === 'assign');
  if (demo.followUp && assigned) {
    await tx.insert(followUps).values({
      committeeId,
      meetingId: meeting.id,
      agendaItemId: assigned.id,
      title: demo.followUp.title,
      owner: demo.followUp.owner,
      dueDate: demo.followUp.due,
      status: demo.followUp.done ? 'done' : 'open',
      ...placement,
    });
  }
}

/** The upcoming meeting, its agenda carrying the follow-ups not yet done (section 3). */
async function insertUpcomingMeeting(tx: Queryable, committeeId: string): Promise<void> {
  const date = toBangkokIsoDate(new Date(Date.now() + UPCOMING_IN_DAYS * 86_400_000));
  const beYear = Number(date.slice(0, 4)) + 543;
  const next = suggestMeetingNo(DEMO_MEETINGS, beYear);
  const [meeting] = await tx
    .insert(meetings)
    .values({
      committeeId,
      ...next,
      date,
      startTime: '13:30',
      venue: 'ห้องประชุมราชสีมา ศาลากลางจังหวัดนครราชสีมา',
      isDemo: true,
      ...placement,
    })
    .returning();
  if (!meeting) {
    throw new Error('demo meeting not inserted');
  }
  const open = await tx
    .select()
    .from(followUps)
    .where(and(eq(followUps.committeeId, committeeId), eq(followUps.status, 'open')));
  await tx.insert(agendaItems).values([
    { meetingId: meeting.id, section: 1, position: 1, title: 'ประธานแจ้งที่ประชุมทราบ', ...placement },
    ...open.map((followUp, index) => ({
      meetingId: meeting.id,
      section: 3,
      position: index + 1,
      title: `ติดตามมติ: ${followUp.title} (${followUp.owner})`,
      followUpId: followUp.id,
      ...placement,
    })),
  ]);
}

/**
 * The demo province's ก.บ.จ. and กรอ.จังหวัด with members, three past ก.บ.จ. meetings (attendance,
 * resolutions, one follow-up still open past its due date) and one upcoming meeting with an agenda.
 * Does nothing when the demo ก.บ.จ. is there already.
 */
export async function seedDemoCommittees(database: Database): Promise<void> {
  const [existing] = await database.db
    .select({ id: committees.id })
    .from(committees)
    .where(and(eq(committees.isDemo, true), eq(committees.nameTh, DEMO_KBJ.nameTh)));
  if (existing) {
    return;
  }
  await database.db.transaction(async (tx) => {
    const kbj = await insertCommittee(tx, DEMO_KBJ, DEMO_KBJ_MEMBERS);
    await insertCommittee(tx, DEMO_KRO, DEMO_KRO_MEMBERS);
    const memberIds = kbj.members.map((member) => member.id);
    for (const meeting of DEMO_MEETINGS) {
      await insertPastMeeting(tx, kbj.committee.id, memberIds, meeting);
    }
    await insertUpcomingMeeting(tx, kbj.committee.id);
  });
}
