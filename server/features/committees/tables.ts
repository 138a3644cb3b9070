import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { APPROVAL_DOCUMENT_TYPES } from '../../../domain/approvals/chain.js';
import {
  ATTENDANCE_STATUSES,
  COMMITTEE_KINDS,
  FOLLOW_UP_STATUSES,
  MEETING_STATUSES,
  MEMBER_ROLES,
  RESOLUTION_KINDS,
  SEAT_TYPES,
} from '../../../domain/committees/committee.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/tables.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { areas, clusters } from '../areas/tables.js';
import { needs } from '../needs/tables.js';

/** Where a row lives for row-level security: a cluster committee's rows carry its operations-centre province. */
const placementColumns = () => ({
  provinceCode: text('province_code')
    .notNull()
    .references(() => areas.code),
  clusterId: integer('cluster_id').references(() => clusters.id),
});

/** A committee of a province or cluster (ก.บ.จ., ก.บ.ก., กรอ.…), as data. */
export const committees = pgTable(
  'committees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: COMMITTEE_KINDS }).notNull(),
    ...placementColumns(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    legalBasis: text('legal_basis'),
    secretaryUnit: text('secretary_unit'),
    isDemo: boolean('is_demo').notNull().default(false),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    index('committees_province_idx').on(table.provinceCode, table.nameTh),
    uniqueIndex('committees_kind_place_name_idx').on(table.kind, table.provinceCode, table.nameTh),
  ],
);

/** One term of a person in a seat: membership changes, so it is dated, never a fixed field. */
export const committeeMembers = pgTable(
  'committee_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id, { onDelete: 'cascade' }),
    personName: text('person_name').notNull(),
    position: text('position').notNull(),
    organisation: text('organisation'),
    seatType: text('seat_type', { enum: SEAT_TYPES }).notNull(),
    role: text('role', { enum: MEMBER_ROLES }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    ...placementColumns(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [index('committee_members_committee_idx').on(table.committeeId, table.validFrom)],
);

/** A meeting, numbered per committee and BE year (ครั้งที่ n/ปปปป). */
export const meetings = pgTable(
  'committee_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id, { onDelete: 'cascade' }),
    no: integer('no').notNull(),
    beYear: integer('be_year').notNull(),
    date: date('date').notNull(),
    startTime: text('start_time'),
    venue: text('venue'),
    online: boolean('online').notNull().default(false),
    status: text('status', { enum: MEETING_STATUSES }).notNull().default('scheduled'),
    /** The minutes as signed (a scan), kept once uploaded; a new upload replaces the reference. */
    signedMinutesFileId: uuid('signed_minutes_file_id').references(() => storedFiles.id),
    signedMinutesName: text('signed_minutes_name'),
    signedMinutesAt: timestamp('signed_minutes_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    ...placementColumns(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('committee_meetings_number_idx').on(table.committeeId, table.beYear, table.no),
    index('committee_meetings_date_idx').on(table.provinceCode, table.date, table.id),
  ],
);

/** Who came: present, absent (with the reason) or a delegate in the member's place. */
export const meetingAttendance = pgTable(
  'committee_meeting_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => committeeMembers.id),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
    reason: text('reason'),
    delegateName: text('delegate_name'),
    ...placementColumns(),
    ...timestamps(),
  },
  (table) => [uniqueIndex('committee_meeting_attendance_member_idx').on(table.meetingId, table.memberId)],
);

/**
 * One agenda item under its standard section: a free item, a document awaiting the committee in the
 * approval chain, or a follow-up of an earlier resolution. The resolution sits on the item.
 */
export const agendaItems = pgTable(
  'committee_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    section: integer('section').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    documentType: text('document_type', { enum: APPROVAL_DOCUMENT_TYPES }),
    documentId: uuid('document_id'),
    followUpId: uuid('follow_up_id'),
    resolutionKind: text('resolution_kind', { enum: RESOLUTION_KINDS }),
    resolutionText: text('resolution_text'),
    approvalEventId: uuid('approval_event_id'),
    ...placementColumns(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    index('committee_agenda_items_meeting_idx').on(table.meetingId, table.section, table.position),
    uniqueIndex('committee_agenda_items_document_idx').on(table.meetingId, table.documentId),
    uniqueIndex('committee_agenda_items_follow_up_idx').on(table.meetingId, table.followUpId),
  ],
);

/** An action a resolution assigned: owner, due date and status, carried to each next agenda until done. */
export const followUps = pgTable(
  'committee_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    dueDate: date('due_date'),
    status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull().default('open'),
    note: text('note'),
    ...placementColumns(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [index('committee_follow_ups_committee_idx').on(table.committeeId, table.status, table.dueDate)],
);

/** A need a private-sector proposal on an agenda item became (origin กรอ.): the link both ways. */
export const agendaItemNeeds = pgTable(
  'committee_agenda_item_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    needId: uuid('need_id')
      .notNull()
      .unique()
      .references(() => needs.id, { onDelete: 'cascade' }),
    ...placementColumns(),
    ...timestamps(),
  },
  (table) => [index('committee_agenda_item_needs_item_idx').on(table.agendaItemId)],
);
