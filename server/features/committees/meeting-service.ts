import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  formatMeetingNo,
  meetingProblems,
  suggestMeetingNo,
  type MeetingNumber,
} from '../../../domain/committees/meeting-rules.js';
import type { MeetingDetail, MeetingView } from '../../../domain/committees/responses.js';
import type { MeetingCreate, MeetingListQuery, MeetingUpdate } from '../../../domain/committees/schemas.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid, staleVersion } from '../../platform/http/errors.js';
import { inViewScope, loadCommittee, loadMeeting, MEETING } from './access.js';
import { loadMeetingDetail } from './detail.js';
import { presentMeeting } from './presenter.js';
import { committees, meetings } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

/** Meetings in the actor's view (the calendar), newest first, a keyset page at a time. */
export async function listMeetings(
  deps: DatabaseDeps,
  actor: Actor,
  query: MeetingListQuery,
): Promise<{ items: MeetingView[]; nextCursor: string | null }> {
  authorize(actor, 'committee.read');
  const after = query.cursor
    ? sql`(${meetings.date}, ${meetings.id}) < (${query.cursor.date}, ${query.cursor.id})`
    : undefined;
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select({ meeting: meetings, nameTh: committees.nameTh })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(
        and(
          inViewScope(actor, meetings),
          query.committeeId === undefined ? undefined : eq(meetings.committeeId, query.committeeId),
          query.provinceCode === undefined ? undefined : eq(meetings.provinceCode, query.provinceCode),
          after,
        ),
      )
      .orderBy(desc(meetings.date), desc(meetings.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1)?.meeting;
    return {
      items: page.map((row) => presentMeeting(row.meeting, row)),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ date: last.date, id: last.id }) : null,
    };
  });
}

async function otherMeetings(tx: Queryable, committeeId: string, except?: string) {
  return tx
    .select({ no: meetings.no, beYear: meetings.beYear, date: meetings.date })
    .from(meetings)
    .where(and(eq(meetings.committeeId, committeeId), except ? ne(meetings.id, except) : undefined));
}

function assertPlausible(
  meeting: MeetingNumber & { date: string; held: boolean },
  others: Awaited<ReturnType<typeof otherMeetings>>,
) {
  const problems = meetingProblems(meeting, others, toBangkokIsoDate(new Date()));
  if (problems.length > 0) {
    throw invalid(problems);
  }
}

/** The number the committee's next meeting of a BE year would take. */
export async function nextMeetingNo(
  deps: DatabaseDeps,
  actor: Actor,
  committeeId: string,
  beYear: number,
): Promise<{ no: number; beYear: number; label: string }> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    await loadCommittee(tx, actor, committeeId);
    const next = suggestMeetingNo(await otherMeetings(tx, committeeId), beYear);
    return { ...next, label: formatMeetingNo(next) };
  });
}

/** Schedules (or records a past) meeting: numbered in its year, in order, a held one not in the future. */
export async function createMeeting(
  deps: DatabaseDeps,
  actor: Actor,
  input: MeetingCreate,
): Promise<MeetingView> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const committee = await loadCommittee(tx, actor, input.committeeId, 'committee.record');
    const { no, beYear } = input.meetingNo;
    assertPlausible(
      { no, beYear, date: input.date, held: input.status === 'held' },
      await otherMeetings(tx, committee.id),
    );
    const [created] = await tx
      .insert(meetings)
      .values({
        committeeId: committee.id,
        no,
        beYear,
        date: input.date,
        startTime: input.startTime ?? null,
        venue: input.venue ?? null,
        online: input.online,
        status: input.status,
        provinceCode: committee.provinceCode,
        clusterId: committee.clusterId,
      })
      .returning();
    if (!created) {
      throw new Error('meeting not inserted');
    }
    const view = presentMeeting(created, committee);
    await recordAudit(tx, actor, {
      entityType: 'committee_meeting',
      entityId: created.id,
      action: 'create',
      after: view,
      provinceCode: created.provinceCode,
    });
    return view;
  });
}

/** Marks a meeting held (its date must then not lie ahead) or back to scheduled, or moves it. */
export async function updateMeeting(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: MeetingUpdate,
): Promise<MeetingView> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, id, 'committee.record');
    if (meeting.version !== expected) {
      throw staleVersion(meeting.version);
    }
    const next = {
      status: input.status ?? meeting.status,
      date: input.date ?? meeting.date,
      startTime: input.startTime === undefined ? meeting.startTime : input.startTime,
      venue: input.venue === undefined ? meeting.venue : input.venue,
      online: input.online ?? meeting.online,
    };
    assertPlausible(
      { ...meeting, date: next.date, held: next.status === 'held' },
      await otherMeetings(tx, committee.id, id),
    );
    const [updated] = await tx
      .update(meetings)
      .set({ ...next, version: meeting.version + 1, updatedAt: new Date() })
      .where(and(eq(meetings.id, id), eq(meetings.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, meetings, id, MEETING);
    }
    await recordAudit(tx, actor, {
      entityType: 'committee_meeting',
      entityId: id,
      action: 'update',
      before: presentMeeting(meeting, committee),
      after: presentMeeting(updated, committee),
      provinceCode: meeting.provinceCode,
    });
    return presentMeeting(updated, committee);
  });
}

export async function getMeeting(deps: DatabaseDeps, actor: Actor, id: string): Promise<MeetingDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, id);
    return loadMeetingDetail(tx, meeting, committee);
  });
}
