import { formatThaiDate } from '../thai/be-date.js';
import { toThaiDigits } from '../thai/digits.js';
import {
  AGENDA_SECTION_LABELS,
  AGENDA_SECTIONS,
  MEMBER_ROLE_LABELS,
  RESOLUTION_LABELS,
} from './committee.js';
import type { MeetingDetail } from './responses.js';

/** One agenda item as the minutes print it: number, title, detail, resolution, assigned follow-ups. */
export type MinutesItem = {
  number: string;
  title: string;
  detail: string | null;
  resolution: { label: string; text: string } | null;
  followUps: { text: string; dueDate: string | null }[];
};

/**
 * The minutes (รายงานการประชุม) as text in the official Thai order, with Thai digits in numbers and
 * dates: the PDF and the .docx both print this, so they never say different things.
 */
export type MinutesOutline = {
  title: string;
  meetingNo: string;
  date: string;
  place: string;
  present: string[];
  absent: string[];
  quorum: string;
  opening: string | null;
  sections: { title: string; items: MinutesItem[] }[];
  secretary: string | null;
};

const thai = (text: string | number) => toThaiDigits(String(text));

/** A date (ISO, CE) as "๓ มีนาคม ๒๕๖๙". */
export const thaiDateOf = (iso: string) =>
  formatThaiDate(new Date(`${iso}T00:00:00+07:00`), { thaiDigits: true });

export function minutesOutline(detail: MeetingDetail): MinutesOutline {
  const came = detail.attendance.filter((entry) => entry.status !== 'absent');
  const away = detail.attendance.filter((entry) => entry.status === 'absent');
  const { quorum } = detail;
  return {
    title: `รายงานการประชุม${detail.committeeNameTh}`,
    meetingNo: `ครั้งที่ ${thai(detail.label)}`,
    date: `เมื่อวันที่ ${thaiDateOf(detail.date)}`,
    place: `${detail.online ? 'ประชุมผ่านสื่ออิเล็กทรอนิกส์' : ''}${detail.venue ? ` ณ ${detail.venue}` : ''}`.trim(),
    present: came.map(
      (entry) =>
        `${
          entry.status === 'delegate'
            ? `${entry.delegateName ?? ''} (แทน ${entry.personName} ${entry.position})`
            : `${entry.personName} ${entry.position}`
        } — ${MEMBER_ROLE_LABELS[entry.role].th}`,
    ),
    absent: away.map(
      (entry) => `${entry.personName} ${entry.position}${entry.reason ? ` (${entry.reason})` : ''}`,
    ),
    quorum: `มีกรรมการมาประชุม ${thai(quorum.attending)} คน จากทั้งหมด ${thai(quorum.members)} คน ${
      quorum.met ? 'ครบองค์ประชุม' : `ไม่ครบองค์ประชุม (ต้องมีอย่างน้อย ${thai(quorum.needed)} คน)`
    }`,
    opening: detail.startTime ? `เริ่มประชุมเวลา ${thai(detail.startTime.replace(':', '.'))} น.` : null,
    sections: AGENDA_SECTIONS.map((section) => ({
      title: `ระเบียบวาระที่ ${thai(section)} ${AGENDA_SECTION_LABELS[section].th}`,
      items: detail.agenda
        .filter((item) => item.section === section)
        .map((item, index) => ({
          number: thai(`${section}.${index + 1}`),
          title: item.title,
          detail: item.detail,
          resolution: item.resolution
            ? { label: RESOLUTION_LABELS[item.resolution.kind].th, text: item.resolution.text }
            : null,
          followUps: item.followUps.map((followUp) => ({
            text: `มอบหมาย ${followUp.owner} ${followUp.title}`,
            dueDate: followUp.dueDate ? thaiDateOf(followUp.dueDate) : null,
          })),
        })),
    })),
    secretary: detail.attendance.find((entry) => entry.role === 'secretary')?.personName ?? null,
  };
}
