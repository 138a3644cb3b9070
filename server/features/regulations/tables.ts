import { sql } from 'drizzle-orm';
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
import {
  CITATION_TARGET_KINDS,
  REGULATION_KINDS,
  REGULATION_STATUSES,
} from '../../../domain/regulations/vocabulary.js';
import { timestamps, tsvector, versionColumn } from '../../platform/db/columns.js';
import { storedFiles } from '../../platform/jobs/tables.js';

/**
 * The regulations library: national reference data (no province), read by everyone, kept by the
 * centre. Search documents are Thai-segmented by the app, like needs.
 */
export const regulations = pgTable(
  'regulations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    titleTh: text('title_th').notNull(),
    titleEn: text('title_en'),
    number: text('number'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuingBody: text('issuing_body').notNull(),
    kind: text('kind', { enum: REGULATION_KINDS }).notNull(),
    status: text('status', { enum: REGULATION_STATUSES }).notNull().default('in_force'),
    url: text('url'),
    summary: text('summary').notNull(),
    verified: boolean('verified').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    searchTokens: tsvector('search_tokens'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    index('regulations_issued_idx').on(table.issuedOn.desc(), table.id),
    index('regulations_search_idx').using('gin', table.searchTokens),
  ],
);

/** Versions of an entry's text: each in force from a day up to (not including) the next one's. */
export const regulationVersions = pgTable(
  'regulation_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regulationId: uuid('regulation_id')
      .notNull()
      .references(() => regulations.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    url: text('url'),
    note: text('note'),
    fileId: uuid('file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    fileName: text('file_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('regulation_versions_start_idx').on(table.regulationId, table.effectiveFrom),
    // At most one open version per entry.
    uniqueIndex('regulation_versions_open_idx')
      .on(table.regulationId)
      .where(sql`${table.effectiveTo} is null`),
  ],
);

/** The provisions (มาตรา / ข้อ) of an entry, the unit that steps and rules cite. */
export const regulationProvisions = pgTable(
  'regulation_provisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regulationId: uuid('regulation_id')
      .notNull()
      .references(() => regulations.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    heading: text('heading'),
    text: text('text').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    status: text('status', { enum: REGULATION_STATUSES }).notNull().default('in_force'),
    supersededOn: date('superseded_on', { mode: 'string' }),
    supersededById: uuid('superseded_by_id'),
    supersedeReason: text('supersede_reason'),
    searchTokens: tsvector('search_tokens'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    index('regulation_provisions_entry_idx').on(table.regulationId, table.sortOrder),
    index('regulation_provisions_search_idx').using('gin', table.searchTokens),
  ],
);

/** Which workflow step or eligibility rule rests on which provision; flagged when it is superseded. */
export const regulationCitations = pgTable(
  'regulation_citations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provisionId: uuid('provision_id')
      .notNull()
      .references(() => regulationProvisions.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind', { enum: CITATION_TARGET_KINDS }).notNull(),
    targetKey: text('target_key').notNull(),
    note: text('note'),
    needsReview: boolean('needs_review').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('regulation_citations_unique_idx').on(table.provisionId, table.targetKind, table.targetKey),
    index('regulation_citations_target_idx').on(table.targetKind, table.targetKey),
  ],
);
