import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { INDICATOR_AGGREGATIONS } from '../../../domain/programmes/achievement.js';
import { REPORTING_FREQUENCIES } from '../../../domain/programmes/periods.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { projects } from '../projects/tables.js';

const figure = (name: string) => bigint(name, { mode: 'number' }).notNull();

/** A special programme set by the centre (national: no province, read by everyone). */
export const programmes = pgTable('programmes', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  titleTh: text('title_th').notNull(),
  titleEn: text('title_en').notNull(),
  objective: text('objective').notNull(),
  occasion: text('occasion'),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }).notNull(),
  reportingFrequency: text('reporting_frequency', { enum: REPORTING_FREQUENCIES }).notNull(),
  reportDueDays: integer('report_due_days').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdBy: uuid('created_by'),
  version: versionColumn(),
  ...timestamps(),
});

/** The projects a programme is made of (e.g. the four of a royal celebration). */
export const programmeComponents = pgTable(
  'programme_components',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    titleTh: text('title_th').notNull(),
    titleEn: text('title_en').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [uniqueIndex('programme_components_key_idx').on(table.programmeId, table.key)],
);

export const programmeIndicators = pgTable(
  'programme_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    componentId: uuid('component_id')
      .notNull()
      .references(() => programmeComponents.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en').notNull(),
    unit: text('unit').notNull(),
    aggregation: text('aggregation', { enum: INDICATOR_AGGREGATIONS }).notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [uniqueIndex('programme_indicators_key_idx').on(table.componentId, table.key)],
);

/** Targets per indicator and province, set by the centre. */
export const programmeTargets = pgTable(
  'programme_targets',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => programmeIndicators.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    value: figure('value'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.indicatorId, table.provinceCode] }),
    index('programme_targets_programme_idx').on(table.programmeId, table.provinceCode),
  ],
);

/** What a province does under a programme, optionally carried by one of its projects. */
export const programmeActivities = pgTable(
  'programme_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    componentId: uuid('component_id')
      .notNull()
      .references(() => programmeComponents.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    areaCode: text('area_code'),
    title: text('title').notNull(),
    description: text('description'),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (table) => [index('programme_activities_province_idx').on(table.provinceCode, table.programmeId)],
);

/** A province's report for one period of a programme. */
export const programmeReports = pgTable(
  'programme_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    periodIndex: integer('period_index').notNull(),
    note: text('note'),
    reportedBy: uuid('reported_by'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    version: versionColumn(),
  },
  (table) => [
    uniqueIndex('programme_reports_period_idx').on(table.provinceCode, table.programmeId, table.periodIndex),
  ],
);

export const programmeReportValues = pgTable(
  'programme_report_values',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => programmeReports.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => programmeIndicators.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    value: figure('value'),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.indicatorId] })],
);

/** Photos of a report (the evidence provinces send with their figures). */
export const programmeReportPhotos = pgTable(
  'programme_report_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => programmeReports.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('programme_report_photos_report_idx').on(table.reportId)],
);

/**
 * Each province's cumulative and latest figure per indicator, kept by a trigger on report values so
 * the ranking and the map read one row per province and indicator.
 */
export const programmeProgress = pgTable(
  'programme_progress',
  {
    programmeId: uuid('programme_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    provinceCode: text('province_code').notNull(),
    cumulativeValue: figure('cumulative_value'),
    latestPeriod: integer('latest_period').notNull(),
    latestValue: figure('latest_value'),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.programmeId, table.indicatorId] }),
    index('programme_progress_programme_idx').on(table.programmeId),
  ],
);

/** Optional targets per indicator and district, under (and adding up to at most) the province's. */
export const programmeDistrictTargets = pgTable(
  'programme_district_targets',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => programmeIndicators.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    districtCode: text('district_code').notNull(),
    value: figure('value'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.indicatorId, table.districtCode] }),
    index('programme_district_targets_province_idx').on(table.programmeId, table.provinceCode),
  ],
);
