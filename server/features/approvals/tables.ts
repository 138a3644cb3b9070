import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { APPROVAL_DOCUMENT_TYPES, APPROVAL_SCOPES } from '../../../domain/approvals/chain.js';
import type { Role } from '../../../domain/auth/roles.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/tables.js';

/**
 * The approval chains as data, per document type and scope. Relabelling a step closes its row
 * (valid_to) and opens a new one, so a move taken earlier still names the body of its time.
 */
export const approvalSteps = pgTable(
  'approval_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentType: text('document_type', { enum: APPROVAL_DOCUMENT_TYPES }).notNull(),
    scope: text('scope', { enum: APPROVAL_SCOPES }).notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    action: text('action').notNull(),
    labelTh: text('label_th').notNull(),
    labelEn: text('label_en').notNull(),
    roles: jsonb('roles').$type<Role[]>().notNull(),
    requiresMeeting: boolean('requires_meeting').notNull().default(false),
    requiresDate: boolean('requires_date').notNull().default(false),
    requiresReason: boolean('requires_reason').notNull().default(false),
    needsCapture: boolean('needs_capture').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull().defaultNow(),
    validTo: timestamp('valid_to', { withTimezone: true }),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('approval_steps_current_move_idx')
      .on(table.documentType, table.scope, table.fromStatus, table.action)
      .where(sql`${table.validTo} is null`),
  ],
);

/** Every approval move of any document, with the meeting that decided it; append-only. */
export const approvalEvents = pgTable(
  'approval_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentType: text('document_type', { enum: APPROVAL_DOCUMENT_TYPES }).notNull(),
    documentId: uuid('document_id').notNull(),
    stepId: uuid('step_id').references(() => approvalSteps.id),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    meetingNo: text('meeting_no'),
    meetingDate: date('meeting_date'),
    /** The committee meeting whose resolution took this step, when one did (no foreign key: committees migrate later). */
    meetingId: uuid('meeting_id'),
    reason: text('reason'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The document's province (a cluster document's operations-centre province) for row-level security. */
    provinceCode: text('province_code').notNull(),
    clusterId: integer('cluster_id'),
  },
  (table) => [
    index('approval_events_document_idx').on(table.documentType, table.documentId, table.at),
    index('approval_events_province_idx').on(table.provinceCode),
  ],
);
