import { z } from 'zod';
import { APPROVAL_DOCUMENT_TYPES } from '../approvals/chain.js';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { positiveInt4, positiveInt4Query } from '../common/integers.js';
import {
  AGENDA_SECTIONS,
  ATTENDANCE_STATUSES,
  COMMITTEE_KINDS,
  FOLLOW_UP_STATUSES,
  MEETING_STATUSES,
  MEMBER_ROLES,
  RESOLUTION_KINDS,
  SEAT_TYPES,
} from './committee.js';
import { needInputSchema } from '../needs/need.js';
import { parseMeetingNo } from './meeting-rules.js';

/** Request and query schemas of the committees API. */
const isoDate = z.iso.date(bilingualMessage('วันที่ต้องอยู่ในรูป ปปปป-ดด-วว (ค.ศ.)', 'Date must be YYYY-MM-DD'));
const text = (max: number) => z.string().trim().min(1).max(max);
const provinceCode = z.string().regex(/^\d{2}$/);
const version = { version: positiveInt4().optional() };

export const committeeCreateSchema = z
  .object({
    kind: z.enum(COMMITTEE_KINDS),
    provinceCode: provinceCode.optional(),
    clusterId: positiveInt4().optional(),
    nameTh: text(300),
    nameEn: z.string().trim().max(300).nullish(),
    legalBasis: z.string().trim().max(1000).nullish(),
    secretaryUnit: z.string().trim().max(300).nullish(),
  })
  .strict()
  .refine((value) => (value.provinceCode === undefined) !== (value.clusterId === undefined), {
    path: ['provinceCode'],
    ...bilingualMessage(
      'ระบุจังหวัดหรือกลุ่มจังหวัดอย่างใดอย่างหนึ่ง',
      'Give either the province or the cluster, not both',
    ),
  });
export type CommitteeCreate = z.infer<typeof committeeCreateSchema>;

export const committeeListKey = z.object({ name: z.string(), id: z.uuid() });
export const committeeListQuery = z.object({
  provinceCode: provinceCode.optional(),
  clusterId: positiveInt4Query().optional(),
  kind: z.enum(COMMITTEE_KINDS).optional(),
  limit: z.coerce.number<number | string>().int().min(1).max(200).default(50),
  cursor: cursorQuery(committeeListKey).optional(),
});
export type CommitteeListQuery = z.infer<typeof committeeListQuery>;

export const memberCreateSchema = z
  .object({
    personName: text(200),
    position: text(300),
    organisation: z.string().trim().max(300).nullish(),
    seatType: z.enum(SEAT_TYPES),
    role: z.enum(MEMBER_ROLES),
    userId: z.uuid().nullish(),
    validFrom: isoDate,
    validTo: isoDate.nullish(),
  })
  .strict()
  .refine((value) => !value.validTo || value.validTo >= value.validFrom, {
    path: ['validTo'],
    ...bilingualMessage('วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่ม', 'A term cannot end before it starts'),
  });
export type MemberCreate = z.infer<typeof memberCreateSchema>;

/** "3/2569" or "ครั้งที่ ๓/๒๕๖๙", read into its number and BE year. */
export const meetingNoSchema = z
  .string()
  .max(40)
  .transform((value, context) => {
    const parsed = parseMeetingNo(value);
    if (!parsed) {
      context.addIssue({
        code: 'custom',
        ...bilingualMessage(
          'ครั้งที่ประชุมต้องอยู่ในรูป ครั้งที่/ปี พ.ศ. เช่น 3/2569',
          'Meeting number must look like 3/2569 (number/BE year)',
        ),
      });
      return z.NEVER;
    }
    return parsed;
  });

const startTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullish();
const venue = z.string().trim().max(500).nullish();

export const meetingCreateSchema = z
  .object({
    committeeId: z.uuid(),
    meetingNo: meetingNoSchema,
    date: isoDate,
    startTime,
    venue,
    online: z.boolean().default(false),
    status: z.enum(MEETING_STATUSES).default('scheduled'),
  })
  .strict();
export type MeetingCreate = z.infer<typeof meetingCreateSchema>;

/** Marks a meeting held or scheduled, or moves it (date, time, venue); what is left out stays. */
export const meetingUpdateSchema = z
  .object({
    status: z.enum(MEETING_STATUSES).optional(),
    date: isoDate.optional(),
    startTime,
    venue,
    online: z.boolean().optional(),
    ...version,
  })
  .strict();
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

export const meetingListKey = z.object({ date: z.iso.date(), id: z.uuid() });
export const meetingListQuery = z.object({
  committeeId: z.uuid().optional(),
  provinceCode: provinceCode.optional(),
  limit: z.coerce.number<number | string>().int().min(1).max(200).default(50),
  cursor: cursorQuery(meetingListKey).optional(),
});
export type MeetingListQuery = z.infer<typeof meetingListQuery>;

export const nextMeetingNoQuery = z.object({ beYear: z.coerce.number().int().min(2500).max(2700) });

export const attendanceSchema = z
  .object({
    entries: z
      .array(
        z
          .object({
            memberId: z.uuid(),
            status: z.enum(ATTENDANCE_STATUSES),
            reason: z.string().trim().max(500).nullish(),
            delegateName: z.string().trim().max(200).nullish(),
          })
          .strict(),
      )
      .max(500),
  })
  .strict();
export type AttendanceInput = z.infer<typeof attendanceSchema>;

export const agendaItemCreateSchema = z
  .object({
    section: z.union(AGENDA_SECTIONS.map((section) => z.literal(section))),
    title: text(500).optional(),
    detail: z.string().trim().max(5000).nullish(),
    document: z
      .object({ type: z.enum(APPROVAL_DOCUMENT_TYPES), id: z.uuid() })
      .strict()
      .optional(),
    followUpId: z.uuid().optional(),
  })
  .strict()
  .refine(
    (value) => value.title !== undefined || value.document !== undefined || value.followUpId !== undefined,
    {
      path: ['title'],
      ...bilingualMessage('วาระที่เพิ่มเองต้องมีชื่อเรื่อง', 'A free agenda item needs a title'),
    },
  );
export type AgendaItemCreate = z.infer<typeof agendaItemCreateSchema>;

export const resolutionSchema = z
  .object({ kind: z.enum(RESOLUTION_KINDS), text: text(5000), ...version })
  .strict();
export type ResolutionInput = z.infer<typeof resolutionSchema>;

export const followUpCreateSchema = z
  .object({ title: text(500), owner: text(300), dueDate: isoDate.nullish() })
  .strict();
export type FollowUpCreate = z.infer<typeof followUpCreateSchema>;

export const followUpUpdateSchema = z
  .object({ status: z.enum(FOLLOW_UP_STATUSES), note: z.string().trim().max(2000).nullish(), ...version })
  .strict();
export type FollowUpUpdate = z.infer<typeof followUpUpdateSchema>;

export const followUpListQuery = z.object({
  committeeId: z.uuid().optional(),
  provinceCode: provinceCode.optional(),
  openOnly: z.stringbool().default(true),
});
export type FollowUpListQuery = z.infer<typeof followUpListQuery>;

/**
 * A private-sector proposal (ข้อเสนอภาคเอกชน) on a กรอ. agenda item, entered as a need: the need's own
 * fields less where it came from, which the meeting supplies (origin กรอ., its minutes and date).
 */
export const proposalCreateSchema = needInputSchema.omit({
  origin: true,
  sourceDocument: true,
  sourceDate: true,
});
export type ProposalCreate = z.infer<typeof proposalCreateSchema>;
