import { MEETING_NO_PATTERN } from '../approvals/chain.js';
import { normalizeMeetingNo } from '../approvals/meeting-rules.js';
import type { Bilingual } from '../common/bilingual.js';
import { toThaiDigits } from '../thai/digits.js';

const BE_OFFSET = 543;

export type MeetingNumber = { no: number; beYear: number };
export type MeetingProblem = { path: 'meetingNo' | 'meetingDate'; message: Bilingual };

/** "ครั้งที่ ๓/๒๕๖๙", "3/2569" or "3 / 2569" as {no: 3, beYear: 2569}; null when not of that form. */
export function parseMeetingNo(text: string): MeetingNumber | null {
  const bare = normalizeMeetingNo(text)
    .replace(/^ครั้งที่\s*/, '')
    .replace(/\s*\/\s*/, '/');
  if (!MEETING_NO_PATTERN.test(bare)) {
    return null;
  }
  const [no, beYear] = bare.split('/').map(Number);
  return no && beYear ? { no, beYear } : null;
}

/** "3/2569", or "๓/๒๕๖๙" for an official document. */
export function formatMeetingNo(meeting: MeetingNumber, thaiDigits = false): string {
  const text = `${meeting.no}/${meeting.beYear}`;
  return thaiDigits ? toThaiDigits(text) : text;
}

/** The next number of a committee's meetings in a BE year: one past the highest used. */
export function suggestMeetingNo(used: readonly MeetingNumber[], beYear: number): MeetingNumber {
  const highest = Math.max(0, ...used.filter((meeting) => meeting.beYear === beYear).map((m) => m.no));
  return { no: highest + 1, beYear };
}

/** A committee's other meetings, as the numbering and order checks read them. */
export type MeetingNeighbour = MeetingNumber & { date: string };

/**
 * Problems with a meeting's number and date: numbered within the BE year of its date, not a number
 * already used, and in order (no earlier-numbered meeting of the year after it, no later one before
 * it). A meeting recorded as held cannot lie in the future.
 */
export function meetingProblems(
  meeting: MeetingNumber & { date: string; held: boolean },
  others: readonly MeetingNeighbour[],
  today: string,
): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  const dateYear = Number(meeting.date.slice(0, 4)) + BE_OFFSET;
  const label = formatMeetingNo(meeting);
  if (meeting.beYear !== dateYear) {
    problems.push({
      path: 'meetingNo',
      message: {
        th: `ครั้งที่ ${label} เป็นของปี พ.ศ. ${meeting.beYear} แต่วันที่ประชุมอยู่ในปี พ.ศ. ${dateYear}`,
        en: `Meeting ${label} is numbered in BE ${meeting.beYear} but its date falls in BE ${dateYear}`,
      },
    });
  }
  const sameYear = others.filter((other) => other.beYear === meeting.beYear);
  if (sameYear.some((other) => other.no === meeting.no)) {
    problems.push({
      path: 'meetingNo',
      message: {
        th: `คณะกรรมการนี้มีการประชุมครั้งที่ ${label} แล้ว`,
        en: `This committee already has meeting ${label}`,
      },
    });
  }
  const outOfOrder = sameYear.find(
    (other) =>
      (other.no < meeting.no && other.date > meeting.date) ||
      (other.no > meeting.no && other.date < meeting.date),
  );
  if (outOfOrder) {
    const other = formatMeetingNo(outOfOrder);
    problems.push({
      path: 'meetingDate',
      message: {
        th: `ลำดับไม่ตรงกับวันที่: ครั้งที่ ${other} ประชุมวันที่ ${outOfOrder.date}`,
        en: `Out of order with meeting ${other}, held on ${outOfOrder.date}`,
      },
    });
  }
  if (meeting.held && meeting.date > today) {
    problems.push({
      path: 'meetingDate',
      message: {
        th: 'การประชุมที่ประชุมแล้วต้องไม่มีวันที่ในอนาคต',
        en: 'A meeting recorded as held cannot be dated in the future',
      },
    });
  }
  return problems;
}

export type Quorum = { members: number; attending: number; needed: number; met: boolean };

/**
 * พ.ร.บ.วิธีปฏิบัติราชการทางปกครอง พ.ศ. 2539 ม. 79: a quorum is at least half of all members. A
 * delegate attends in the member's place; members not yet marked count as absent.
 */
export function quorumOf(
  memberIds: readonly string[],
  attendance: readonly { memberId: string; status: 'present' | 'absent' | 'delegate' }[],
): Quorum {
  const members = new Set(memberIds);
  const attending = new Set(
    attendance
      .filter((entry) => members.has(entry.memberId) && entry.status !== 'absent')
      .map((entry) => entry.memberId),
  ).size;
  const needed = Math.ceil(members.size / 2);
  return { members: members.size, attending, needed, met: members.size > 0 && attending >= needed };
}
