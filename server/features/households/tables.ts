import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  HOUSEHOLD_STATUSES,
  MEMBER_RELATIONS,
  SHORTFALL_DIMENSIONS,
} from '../../../domain/households/household.js';
import { bytea, timestamps, versionColumn } from '../../platform/db/columns.js';
import { agencies } from '../agencies/tables.js';
import { needs } from '../needs/tables.js';

/**
 * A household case (Thai QM): where it is, the TPMAP dimensions it falls short in and its status.
 * Nothing here names a person; names, id numbers and the house number live sealed in `household_secrets`.
 */
export const households = pgTable(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    districtCode: text('district_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    areaCode: text('area_code').notNull(),
    villageNo: smallint('village_no'),
    houseNoMasked: text('house_no_masked'),
    shortfalls: text('shortfalls', { enum: SHORTFALL_DIMENSIONS }).array().notNull(),
    status: text('status', { enum: HOUSEHOLD_STATUSES }).notNull().default('identified'),
    identifiedOn: date('identified_on', { mode: 'string' }).notNull(),
    statusChangedOn: date('status_changed_on', { mode: 'string' }).notNull(),
    outOfNeedOn: date('out_of_need_on', { mode: 'string' }),
    /** When the retention job erased the case's personal data (the case itself stays for the counts). */
    personalErasedAt: timestamp('personal_erased_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    index('households_list_idx').on(table.provinceCode, table.areaCode, table.id),
    index('households_retention_idx').on(table.status, table.outOfNeedOn),
  ],
);

/** A member of a household: relation and birth year, and only the masked forms of id and name. */
export const householdMembers = pgTable(
  'household_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    position: smallint('position').notNull(),
    relation: text('relation', { enum: MEMBER_RELATIONS }).notNull(),
    birthYear: integer('birth_year'),
    nationalIdMasked: text('national_id_masked'),
    nameMasked: text('name_masked'),
  },
  (table) => [index('household_members_household_idx').on(table.householdId, table.position)],
);

/**
 * Personal fields sealed with AES-256-GCM (`sealed`, bound to `subject_id`) and the keyed hash of the id
 * number for look-ups. The app role may insert and delete but never select `sealed` or `id_hash`: reads
 * go through the security-definer functions of the households feature, behind the province wall.
 */
export const householdSecrets = pgTable(
  'household_secrets',
  {
    /** The member's id, or the household's id for its address. */
    subjectId: uuid('subject_id').primaryKey(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    kind: text('kind', { enum: ['member', 'address'] }).notNull(),
    idHash: bytea('id_hash'),
    sealed: bytea('sealed').notNull(),
  },
  (table) => [
    index('household_secrets_hash_idx').on(table.idHash),
    index('household_secrets_household_idx').on(table.householdId),
  ],
);

export const householdHelp = pgTable(
  'household_help',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    dimension: text('dimension', { enum: SHORTFALL_DIMENSIONS }).notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    agencyName: text('agency_name').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('household_help_household_idx').on(table.householdId, table.givenOn)],
);

export const householdVisits = pgTable(
  'household_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('household_visits_household_idx').on(table.householdId, table.visitedOn)],
);

export const householdStatusEvents = pgTable(
  'household_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    fromStatus: text('from_status', { enum: HOUSEHOLD_STATUSES }),
    toStatus: text('to_status', { enum: HOUSEHOLD_STATUSES }).notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('household_status_events_household_idx').on(table.householdId, table.recordedAt)],
);

/** Households per subdistrict × dimension × status: anonymised counts, kept by statement triggers. */
export const householdCounts = pgTable(
  'household_counts',
  {
    provinceCode: text('province_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    /** A TPMAP dimension, or 'all' for the households themselves (each counted once). */
    dimension: text('dimension', { enum: [...SHORTFALL_DIMENSIONS, 'all'] }).notNull(),
    status: text('status', { enum: HOUSEHOLD_STATUSES }).notNull(),
    households: integer('households').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.subdistrictCode, table.dimension, table.status] }),
  ],
);

/** The one row of national settings: how long personal data of a closed case is kept. */
export const householdSettings = pgTable('household_settings', {
  id: smallint('id').primaryKey().default(1),
  retentionYears: smallint('retention_years').notNull(),
  lastPurgeAt: timestamp('last_purge_at', { withTimezone: true }),
  lastPurgeErased: integer('last_purge_erased'),
  version: versionColumn(),
  ...timestamps(),
});

/** A need a subdistrict's case counts proposed, with the counts as its evidence. */
export const householdNeedProposals = pgTable(
  'household_need_proposals',
  {
    needId: uuid('need_id')
      .primaryKey()
      .references(() => needs.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    subdistrictCode: text('subdistrict_code').notNull(),
    dimension: text('dimension', { enum: SHORTFALL_DIMENSIONS }).notNull(),
    households: integer('households').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('household_need_proposals_pair_idx').on(table.subdistrictCode, table.dimension)],
);
