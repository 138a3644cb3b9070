import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { NEED_LINK_TYPES, NEED_ORIGINS, NEED_STATUSES } from '../../../domain/needs/need.js';
import { timestamps, tsvector, versionColumn } from '../../platform/db/columns.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { agencies } from '../agencies/tables.js';
import { areas } from '../areas/tables.js';

/** Dimensions (มิติ) a need is classified by; national, edited by administrators. */
export const needDimensions = pgTable(
  'need_dimensions',
  {
    id: serial('id').primaryKey(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    sortOrder: integer('sort_order').notNull().default(100),
    isActive: boolean('is_active').notNull().default(true),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [uniqueIndex('need_dimensions_name_th_idx').on(sql`lower(${table.nameTh})`)],
);

/** Needs of the people (ปัญหาและความต้องการ) recorded on an area. */
export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referenceNo: text('reference_no').notNull(),
    /** The row-level-security column; fixed at creation like the reference number. */
    provinceCode: text('province_code').notNull(),
    areaCode: text('area_code')
      .notNull()
      .references(() => areas.code),
    fiscalYear: integer('fiscal_year').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    origin: text('origin', { enum: NEED_ORIGINS }).notNull(),
    sourceDocument: text('source_document'),
    sourceDate: date('source_date'),
    dimensionId: integer('dimension_id')
      .notNull()
      .references(() => needDimensions.id),
    households: integer('households').notNull().default(0),
    people: integer('people').notNull().default(0),
    sourcePriority: integer('source_priority'),
    status: text('status', { enum: NEED_STATUSES }).notNull().default('received'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    linkedEntityType: text('linked_entity_type', { enum: NEED_LINK_TYPES }),
    linkedEntityId: text('linked_entity_id'),
    linkedLabel: text('linked_label'),
    forwardedAgencyId: uuid('forwarded_agency_id').references(() => agencies.id),
    forwardedToName: text('forwarded_to_name'),
    forwardReference: text('forward_reference'),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => needs.id),
    searchTokens: tsvector('search_tokens'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('needs_reference_no_idx').on(table.referenceNo),
    // Each list order (newest first) with the filters that narrow it most; keyset pages walk these.
    index('needs_created_idx').on(table.createdAt.desc().nullsFirst(), table.referenceNo.desc().nullsFirst()),
    index('needs_province_created_idx').on(
      table.provinceCode,
      table.createdAt.desc().nullsFirst(),
      table.referenceNo.desc().nullsFirst(),
    ),
    index('needs_province_status_created_idx').on(
      table.provinceCode,
      table.status,
      table.createdAt.desc().nullsFirst(),
      table.referenceNo.desc().nullsFirst(),
    ),
    index('needs_province_year_created_idx').on(
      table.provinceCode,
      table.fiscalYear,
      table.createdAt.desc().nullsFirst(),
      table.referenceNo.desc().nullsFirst(),
    ),
    // The orphans report's unanswered needs of a province, a keyset page by reference number.
    index('needs_province_unanswered_ref_idx')
      .on(table.provinceCode, table.referenceNo)
      .where(sql`${table.status} in ('received', 'screened')`),
    index('needs_area_prefix_idx').using('btree', sql`${table.areaCode} text_pattern_ops`),
    index('needs_status_idx').on(table.status),
    index('needs_merged_into_idx').on(table.mergedIntoId),
    index('needs_linked_entity_idx').on(table.linkedEntityType, table.linkedEntityId),
    // Text indexes lead with the province (btree_gin), so a scoped search or the similar-need hint's
    // word half reads only its province's entries; a national search uses the text column alone.
    index('needs_province_search_idx').using('gin', table.provinceCode, table.searchTokens),
    index('needs_province_title_trgm_idx').using('gin', table.provinceCode, sql`${table.title} gin_trgm_ops`),
    index('needs_province_text_trgm_idx').using(
      'gin',
      table.provinceCode,
      sql`(${table.title} || ' ' || ${table.description}) gin_trgm_ops`,
    ),
    // The similar-need hint's nearest titles by trigram distance (KNN, btree_gist): its cost is
    // bounded by the LIMIT, however many of the province's titles share a trigram with the query.
    index('needs_province_title_gist_idx').using(
      'gist',
      table.provinceCode,
      sql`${table.title} gist_trgm_ops(siglen=64)`,
    ),
  ],
);

/**
 * Needs, households and people summed per area prefix (province, district, subdistrict: `left(area_code,
 * level)`), fiscal year and one grouping (status, or dimension / origin of unmerged needs). Kept current
 * by statement triggers on needs in the writing transaction; `need_rollups_rebuild()` after bulk loads.
 */
export const needRollups = pgTable(
  'need_rollups',
  {
    scopeCode: text('scope_code').notNull(),
    scopeLevel: integer('scope_level').notNull(),
    provinceCode: text('province_code').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    kind: text('kind', { enum: ['status', 'dimension', 'origin'] }).notNull(),
    key: text('key').notNull(),
    needs: integer('needs').notNull().default(0),
    households: bigint('households', { mode: 'number' }).notNull().default(0),
    people: bigint('people', { mode: 'number' }).notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.scopeLevel, table.scopeCode, table.kind, table.fiscalYear, table.key] }),
    index('need_rollups_province_idx').on(table.provinceCode, table.scopeLevel, table.kind),
  ],
);

/** The last running number issued per province and fiscal year, for reference numbers. */
export const needCounters = pgTable(
  'need_counters',
  {
    provinceCode: text('province_code').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    lastNo: integer('last_no').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.fiscalYear] })],
);

/** Every original source of a need: its own, plus those of needs merged into it. */
export const needSources = pgTable(
  'need_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    provinceCode: text('province_code').notNull(),
    /** The need this source was first recorded on (the need itself, or a merged one). */
    fromNeedId: uuid('from_need_id')
      .notNull()
      .references(() => needs.id),
    origin: text('origin', { enum: NEED_ORIGINS }).notNull(),
    sourceDocument: text('source_document'),
    sourceDate: date('source_date'),
    households: integer('households').notNull().default(0),
    people: integer('people').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('need_sources_need_idx').on(table.needId),
    index('need_sources_from_idx').on(table.fromNeedId),
  ],
);

/** Files attached to a need; the bytes live in the platform's stored_files. */
export const needAttachments = pgTable(
  'need_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id),
    provinceCode: text('province_code').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('need_attachments_need_idx').on(table.needId)],
);
