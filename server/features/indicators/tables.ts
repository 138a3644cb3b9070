import {
  boolean,
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
import { AREA_LEVELS } from '../../../domain/areas/area-code.js';
import {
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  POVERTY_DIMENSIONS,
} from '../../../domain/indicators/catalogue.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { areas, clusters } from '../areas/tables.js';
import { needs } from '../needs/tables.js';
import { planIssues } from '../plans/child-tables.js';

/** The indicator catalogue (national reference data, kept by administrators). */
export const indicators = pgTable('indicators', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  source: text('source', { enum: INDICATOR_SOURCES }).notNull(),
  sourceName: text('source_name'),
  dimension: text('dimension', { enum: POVERTY_DIMENSIONS }),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  unitTh: text('unit_th').notNull(),
  unitEn: text('unit_en').notNull(),
  direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull(),
  aggregation: text('aggregation', { enum: INDICATOR_AGGREGATIONS }).notNull(),
  ratioScale: integer('ratio_scale').notNull().default(100),
  defaultTarget: doublePrecision('default_target'),
  sinceYear: integer('since_year'),
  verified: boolean('verified').notNull().default(false),
  isDemo: boolean('is_demo').notNull().default(false),
  version: versionColumn(),
  ...timestamps(),
});

const figureColumns = () => ({
  value: doublePrecision('value').notNull(),
  numerator: doublePrecision('numerator'),
  denominator: doublePrecision('denominator'),
});

/** A figure stored for one area and survey year (BE), as imported or fed by another feature. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    areaCode: text('area_code')
      .notNull()
      .references(() => areas.code),
    provinceCode: text('province_code').notNull(),
    level: text('level', { enum: AREA_LEVELS }).notNull(),
    ...figureColumns(),
    /** The import job that wrote it; null when another feature fed it. */
    jobId: uuid('job_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.indicatorId, table.year, table.areaCode] }),
    index('indicator_values_province_idx').on(table.provinceCode, table.indicatorId, table.year),
    index('indicator_values_area_idx').on(table.areaCode),
  ],
);

/**
 * The figure of every subdistrict, district and province, aggregated by the indicator's rule from
 * the finest figures stored below it (statement triggers keep it in the writing transaction), so
 * maps and tables read one row per area.
 */
export const indicatorRollups = pgTable(
  'indicator_rollups',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    areaCode: text('area_code').notNull(),
    level: text('level', { enum: AREA_LEVELS }).notNull(),
    /** '' for a province, so one index serves the national map too. */
    parentCode: text('parent_code').notNull(),
    provinceCode: text('province_code').notNull(),
    ...figureColumns(),
    /** How many stored figures made it. */
    reportingAreas: integer('reporting_areas').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.indicatorId, table.year, table.areaCode] }),
    index('indicator_rollups_parent_idx').on(table.indicatorId, table.parentCode, table.year),
    index('indicator_rollups_province_idx').on(table.provinceCode, table.year),
  ],
);

/** A province's own target for an indicator; where none is set the catalogue's default applies. */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    target: doublePrecision('target').notNull(),
    updatedBy: uuid('updated_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [primaryKey({ columns: [table.indicatorId, table.provinceCode] })],
);

/** What a citation records: the indicator's figure for an area and year as it was when cited. */
const citationColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  indicatorId: uuid('indicator_id')
    .notNull()
    .references(() => indicators.id, { onDelete: 'cascade' }),
  areaCode: text('area_code').notNull(),
  year: integer('year').notNull(),
  ...figureColumns(),
  citedBy: uuid('cited_by'),
  citedAt: timestamp('cited_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Indicator evidence a need cites. */
export const needEvidence = pgTable(
  'need_evidence',
  {
    ...citationColumns(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
  },
  (table) => [
    uniqueIndex('need_evidence_cite_idx').on(table.needId, table.indicatorId, table.areaCode, table.year),
    index('need_evidence_province_idx').on(table.provinceCode),
  ],
);

/** Indicator evidence a development issue of a plan cites; readable like the plan (cluster members too). */
export const planIssueEvidence = pgTable(
  'plan_issue_evidence',
  {
    ...citationColumns(),
    planIssueId: uuid('plan_issue_id')
      .notNull()
      .references(() => planIssues.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    clusterId: integer('cluster_id').references(() => clusters.id),
  },
  (table) => [
    uniqueIndex('plan_issue_evidence_cite_idx').on(
      table.planIssueId,
      table.indicatorId,
      table.areaCode,
      table.year,
    ),
  ],
);
