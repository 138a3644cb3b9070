import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ASSET_CONDITIONS, ASSET_STATUSES, ASSET_TYPES } from '../../../domain/assets/asset.js';
import { ASSET_TRANSITIONS } from '../../../domain/assets/transitions.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { agencies } from '../agencies/tables.js';
import { projectScopeColumns, projects } from '../projects/tables.js';

/**
 * An asset a delivered project left behind (ครุภัณฑ์, สิ่งก่อสร้าง, ที่ดิน). It carries its project's
 * province and cluster, so the project wall (RLS) covers it; a project with assets cannot be deleted.
 */
export const assets = pgTable(
  'assets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'restrict' }),
    ...projectScopeColumns(),
    /** The source project's fiscal year (the budget that paid for it). */
    fiscalYear: integer('fiscal_year').notNull(),
    assetNo: integer('asset_no').notNull(),
    code: text('code').notNull(),
    type: text('type', { enum: ASSET_TYPES }).notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    unit: text('unit'),
    valueSatang: bigint('value_satang', { mode: 'bigint' }).notNull(),
    handoverDate: date('handover_date', { mode: 'string' }).notNull(),
    locationAreaCode: text('location_area_code').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    custodianAgencyId: uuid('custodian_agency_id').references(() => agencies.id),
    custodianName: text('custodian_name'),
    condition: text('condition', { enum: ASSET_CONDITIONS }).notNull(),
    gfmisAssetNo: text('gfmis_asset_no'),
    status: text('status', { enum: ASSET_STATUSES }).notNull().default('registered'),
    /** The latest yearly check (ตรวจสอบพัสดุประจำปี), kept here so the overdue list is index-served. */
    lastCheckedOn: date('last_checked_on', { mode: 'string' }),
    /** Code, description, GFMIS number and custodian in lower case, for the register's search. */
    searchText: text('search_text').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('assets_code_idx').on(table.code),
    uniqueIndex('assets_project_no_idx').on(table.projectId, table.assetNo),
    index('assets_province_code_idx').on(table.provinceCode, table.code),
    /** With the province index, serves the list's explicit scope: own provinces or member clusters. */
    index('assets_cluster_code_idx')
      .on(table.clusterId, table.code)
      .where(sql`${table.clusterId} is not null`),
    index('assets_check_due_idx').on(
      table.provinceCode,
      sql`coalesce(${table.lastCheckedOn}, ${table.handoverDate})`,
      table.code,
    ),
    // The national backlog (no province chosen) walks this in waiting order instead of sorting every asset.
    index('assets_check_due_national_idx').on(
      sql`coalesce(${table.lastCheckedOn}, ${table.handoverDate})`,
      table.code,
    ),
    // The orphans report's assets held with no receiver named, a keyset page by code per province.
    index('assets_province_no_receiver_idx')
      .on(table.provinceCode, table.code)
      .where(
        sql`${table.status} in ('registered', 'transfer_proposed', 'receiver_accepted', 'transfer_approved') and ${table.custodianAgencyId} is null and ${table.custodianName} is null`,
      ),
    index('assets_transfer_backlog_idx').on(table.provinceCode, table.status, table.handoverDate, table.code),
  ],
);

/** The dated history of an asset: registration and every transfer step, with its document. */
export const assetEvents = pgTable(
  'asset_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id, { onDelete: 'cascade' }),
    ...projectScopeColumns(),
    action: text('action', { enum: ['register', ...ASSET_TRANSITIONS] }).notNull(),
    fromStatus: text('from_status', { enum: ASSET_STATUSES }),
    toStatus: text('to_status', { enum: ASSET_STATUSES }).notNull(),
    eventDate: date('event_date', { mode: 'string' }).notNull(),
    documentRef: text('document_ref'),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('asset_events_asset_idx').on(table.assetId, table.recordedAt)],
);

/** Count and value per province × cluster (0 = a province's own) × type × status, trigger-kept. */
export const assetRollups = pgTable(
  'asset_rollups',
  {
    provinceCode: text('province_code').notNull(),
    clusterKey: integer('cluster_key').notNull(),
    type: text('type', { enum: ASSET_TYPES }).notNull(),
    status: text('status', { enum: ASSET_STATUSES }).notNull(),
    assets: integer('assets').notNull().default(0),
    valueSatang: bigint('value_satang', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.clusterKey, table.type, table.status] })],
);
