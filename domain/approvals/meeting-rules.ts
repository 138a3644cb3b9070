import { formatEnglishDate, formatThaiDate } from '../thai/be-date.js';
import { fromThaiDigits } from '../thai/digits.js';

export type TransitionProblem = {
  path: 'meetingNo' | 'meetingDate' | 'reason';
  message: { th: string; en: string };
};

/** What a meeting date is checked against: today in Bangkok and the latest meeting date already recorded. */
export type MeetingContext = {
  /** ISO date (CE) of today in Asia/Bangkok. */
  today: string;
  /** ISO date of the version's latest recorded meeting, if any step recorded one. */
  previousMeetingDate?: string | null;
};

const BE_OFFSET = 543;

/** A meeting number as stored: trimmed, Thai digits (๑/๒๕๖๙) as Arabic (1/2569). */
export function normalizeMeetingNo(text: string): string {
  return fromThaiDigits(text.trim());
}

function bothLanguages(iso: string): { th: string; en: string } {
  const date = new Date(`${iso}T00:00:00Z`);
  return { th: formatThaiDate(date), en: formatEnglishDate(date) };
}

/**
 * Problems with a well-formed meeting number and ISO date: a meeting cannot lie in the future, nor
 * before the meeting of an earlier step, and it is numbered within its own BE calendar year.
 */
export function meetingTimingProblems(
  meetingNo: string,
  meetingDate: string,
  context: MeetingContext,
): TransitionProblem[] {
  const problems: TransitionProblem[] = [];
  if (meetingDate > context.today) {
    problems.push({
      path: 'meetingDate',
      message: {
        th: 'วันที่ประชุมต้องไม่เป็นวันในอนาคต',
        en: 'The meeting date cannot be in the future',
      },
    });
  }
  const previous = context.previousMeetingDate;
  if (previous && meetingDate < previous) {
    const shown = bothLanguages(previous);
    problems.push({
      path: 'meetingDate',
      message: {
        th: `วันที่ประชุมต้องไม่ก่อนการประชุมของขั้นก่อนหน้า (${shown.th})`,
        en: `The meeting date cannot be before the previous step's meeting (${shown.en})`,
      },
    });
  }
  const numberYear = Number(meetingNo.split('/')[1]);
  const dateYear = Number(meetingDate.slice(0, 4)) + BE_OFFSET;
  if (meetingNo !== '' && numberYear !== dateYear) {
    problems.push({
      path: 'meetingNo',
      message: {
        th: `ครั้งที่ประชุม ${meetingNo} เป็นของปี พ.ศ. ${numberYear} แต่วันที่ประชุมอยู่ในปี พ.ศ. ${dateYear}`,
        en: `Meeting ${meetingNo} is numbered in BE ${numberYear} but the meeting date falls in BE ${dateYear}`,
      },
    });
  }
  return problems;
}
