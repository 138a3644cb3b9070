import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/tables.js';

/** A training event: national (no province) or a province's own. Topics are workflow step keys. */
export const trainingEvents = pgTable(
  'training_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    venue: text('venue').notNull(),
    organiser: text('organiser').notNull(),
    provinceCode: text('province_code'),
    topics: text('topics').array().notNull(),
    /** Provisions of the regulations library, by id (reference data kept by another feature). */
    provisionIds: uuid('provision_ids').array().notNull(),
    plannedParticipants: integer('planned_participants'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [index('training_events_held_idx').on(table.heldOn)],
);

/** Who took part in an event, and whether they attended; the event's province rides along for RLS. */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code'),
    attended: boolean('attended').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.userId] }),
    index('training_participants_user_idx').on(table.userId),
  ],
);

/** The knowledge check of an event: its questions in order, each with the index of the right choice. */
export const trainingQuestions = pgTable(
  'training_questions',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    choices: text('choices').array().notNull(),
    answer: integer('answer').notNull(),
    provinceCode: text('province_code'),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.position] })],
);

/** Each participant's last result of an event's check, kept with the answers given. */
export const trainingCheckResults = pgTable(
  'training_check_results',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code'),
    answers: integer('answers').array().notNull(),
    score: integer('score').notNull(),
    total: integer('total').notNull(),
    passed: boolean('passed').notNull(),
    attempts: integer('attempts').notNull().default(1),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.userId] })],
);
