import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { MeetingDetail } from '../../../domain/committees/responses.js';
import type { AttendanceInput } from '../../../domain/committees/schemas.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { loadMeeting, type MeetingRow } from './access.js';
import { loadMeetingDetail, membersAt } from './detail.js';
import { meetingAttendance } from './tables.js';

/** Attendance and resolutions belong to a meeting that took place. */
export function assertHeld(meeting: MeetingRow): void {
  if (meeting.status !== 'held') {
    throw conflict({
      th: 'บันทึกได้เมื่อการประชุมมีสถานะ "ประชุมแล้ว" เท่านั้น',
      en: 'This can only be recorded once the meeting is marked as held',
    });
  }
}

/** Replaces the attendance of a held meeting; every entry must be a member in office on its date. */
export async function recordAttendance(
  deps: DatabaseDeps,
  actor: Actor,
  meetingId: string,
  input: AttendanceInput,
): Promise<MeetingDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, meetingId, 'committee.record');
    assertHeld(meeting);
    const members = new Set((await membersAt(tx, meeting)).map((member) => member.id));
    const problems = input.entries.flatMap((entry, index) => {
      if (!members.has(entry.memberId)) {
        return [
          {
            path: `entries.${index}.memberId`,
            message: {
              th: 'ไม่ใช่กรรมการที่อยู่ในวาระในวันประชุม',
              en: 'Not a member in office on the meeting date',
            },
          },
        ];
      }
      if (entry.status === 'delegate' && !entry.delegateName) {
        return [
          {
            path: `entries.${index}.delegateName`,
            message: { th: 'กรุณาระบุชื่อผู้แทน', en: 'Give the delegate’s name' },
          },
        ];
      }
      return [];
    });
    if (new Set(input.entries.map((entry) => entry.memberId)).size !== input.entries.length) {
      problems.push({
        path: 'entries',
        message: { th: 'มีกรรมการซ้ำในรายการ', en: 'A member is listed twice' },
      });
    }
    if (problems.length > 0) {
      throw invalid(problems);
    }
    await tx.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
    if (input.entries.length > 0) {
      await tx.insert(meetingAttendance).values(
        input.entries.map((entry) => ({
          meetingId,
          memberId: entry.memberId,
          status: entry.status,
          reason: entry.reason ?? null,
          delegateName: entry.status === 'delegate' ? (entry.delegateName ?? null) : null,
          provinceCode: meeting.provinceCode,
          clusterId: meeting.clusterId,
        })),
      );
    }
    await recordAudit(tx, actor, {
      entityType: 'committee_meeting',
      entityId: meetingId,
      action: 'attendance',
      after: { entries: input.entries.map((entry) => `${entry.memberId}:${entry.status}`) },
      provinceCode: meeting.provinceCode,
    });
    return loadMeetingDetail(tx, meeting, committee);
  });
}
