import { z } from 'zod';
import { APPROVAL_DOCUMENT_TYPES } from '../approvals/chain.js';
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

/** Response schemas of the committees API. */
const bilingual = z.object({ th: z.string(), en: z.string() });

export const committeeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(COMMITTEE_KINDS),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  legalBasis: z.string().nullable(),
  secretaryUnit: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type CommitteeView = z.infer<typeof committeeSchema>;

export const committeeListSchema = z.object({
  items: z.array(committeeSchema),
  nextCursor: z.string().nullable(),
});

export const memberSchema = z.object({
  id: z.uuid(),
  committeeId: z.uuid(),
  personName: z.string(),
  position: z.string(),
  organisation: z.string().nullable(),
  seatType: z.enum(SEAT_TYPES),
  role: z.enum(MEMBER_ROLES),
  userId: z.uuid().nullable(),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable(),
});
export type MemberView = z.infer<typeof memberSchema>;

export const termWarningSchema = z.object({
  code: z.enum(['term_too_long', 'third_consecutive_term']),
  message: bilingual,
});

export const memberCreatedSchema = z.object({ member: memberSchema, warnings: z.array(termWarningSchema) });
export type MemberCreated = z.infer<typeof memberCreatedSchema>;

export const committeeDetailSchema = committeeSchema.extend({
  /** Members whose term covers today (Bangkok), chair first. */
  members: z.array(memberSchema),
  /** Earlier and later terms, for the term history. */
  otherTerms: z.array(memberSchema),
});
export type CommitteeDetail = z.infer<typeof committeeDetailSchema>;

export const meetingNumberSchema = z.object({
  no: z.number().int(),
  beYear: z.number().int(),
  label: z.string(),
});

export const meetingSchema = z.object({
  id: z.uuid(),
  committeeId: z.uuid(),
  committeeNameTh: z.string(),
  provinceCode: z.string(),
  no: z.number().int(),
  beYear: z.number().int(),
  label: z.string(),
  date: z.iso.date(),
  startTime: z.string().nullable(),
  venue: z.string().nullable(),
  online: z.boolean(),
  status: z.enum(MEETING_STATUSES),
  /** The signed minutes once uploaded: its file name and when (ISO). */
  signedMinutes: z.object({ fileName: z.string(), uploadedAt: z.iso.datetime() }).nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type MeetingView = z.infer<typeof meetingSchema>;

export const meetingListSchema = z.object({
  items: z.array(meetingSchema),
  nextCursor: z.string().nullable(),
});

export const attendanceEntrySchema = z.object({
  memberId: z.uuid(),
  personName: z.string(),
  position: z.string(),
  role: z.enum(MEMBER_ROLES),
  status: z.enum(ATTENDANCE_STATUSES).nullable(),
  reason: z.string().nullable(),
  delegateName: z.string().nullable(),
});

export const quorumSchema = z.object({
  members: z.number().int(),
  attending: z.number().int(),
  needed: z.number().int(),
  met: z.boolean(),
});

export const followUpSchema = z.object({
  id: z.uuid(),
  committeeId: z.uuid(),
  meetingId: z.uuid(),
  meetingLabel: z.string(),
  agendaItemId: z.uuid().nullable(),
  title: z.string(),
  owner: z.string(),
  dueDate: z.iso.date().nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  note: z.string().nullable(),
  overdue: z.boolean(),
  provinceCode: z.string(),
  version: z.number().int(),
});
export type FollowUpView = z.infer<typeof followUpSchema>;

export const agendaItemSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  section: z.union(AGENDA_SECTIONS.map((section) => z.literal(section))),
  position: z.number().int(),
  title: z.string(),
  detail: z.string().nullable(),
  documentType: z.enum(APPROVAL_DOCUMENT_TYPES).nullable(),
  documentId: z.uuid().nullable(),
  followUpId: z.uuid().nullable(),
  resolution: z
    .object({
      kind: z.enum(RESOLUTION_KINDS),
      text: z.string(),
      /** The approval move the resolution took on the document, when it took one. */
      approvalEventId: z.uuid().nullable(),
    })
    .nullable(),
  followUps: z.array(followUpSchema),
  /** Needs the item's private-sector proposals became (origin กรอ.). */
  needIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type AgendaItemView = z.infer<typeof agendaItemSchema>;

export const meetingDetailSchema = meetingSchema.extend({
  attendance: z.array(attendanceEntrySchema),
  quorum: quorumSchema,
  agenda: z.array(agendaItemSchema),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

export const agendaCandidateSchema = z.object({
  section: z.union(AGENDA_SECTIONS.map((section) => z.literal(section))),
  title: z.string(),
  documentType: z.enum(APPROVAL_DOCUMENT_TYPES).nullable(),
  documentId: z.uuid().nullable(),
  followUpId: z.uuid().nullable(),
  overdue: z.boolean(),
});
export type AgendaCandidate = z.infer<typeof agendaCandidateSchema>;

export const agendaCandidateListSchema = z.object({ items: z.array(agendaCandidateSchema) });
export const followUpListSchema = z.object({ items: z.array(followUpSchema) });

/** The dashboard card: the next meetings in view and the follow-ups still open (overdue first). */
export const committeeDashboardSchema = z.object({
  upcoming: z.array(meetingSchema),
  openFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
  overdue: z.array(followUpSchema),
});
export type CommitteeDashboard = z.infer<typeof committeeDashboardSchema>;
