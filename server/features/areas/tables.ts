import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { timestamps, tsvector, versionColumn } from '../../platform/db/columns.js';

/** Provinces, districts, subdistricts and villages, keyed by DOPA code. */
export const areas = pgTable(
  'areas',
  {
    code: text('code').primaryKey(),
    level: text('level', { enum: ['province', 'district', 'subdistrict', 'village'] }).notNull(),
    parentCode: text('parent_code').references((): AnyPgColumn => areas.code),
    provinceCode: text('province_code').notNull(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    postcode: text('postcode'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** Bangkok: a special administrative area outside the provincial-cluster system. */
    isSpecialArea: boolean('is_special_area').notNull().default(false),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    /** The code that replaced a retired one (a subdistrict moved to a new district gets a new code). */
    successorCode: text('successor_code').references((): AnyPgColumn => areas.code),
    /** What is still to check against DOPA's register or the Royal Gazette; null when nothing is. */
    referenceCheck: text('reference_check', { enum: ['valid_to_upper_bound', 'possibly_retired'] }),
    /** What to check and against what (the candidate successor, the Gazette item). */
    referenceNote: text('reference_note'),
    isDemo: boolean('is_demo').notNull().default(false),
    searchTokens: tsvector('search_tokens'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    index('areas_parent_idx').on(table.parentCode),
    index('areas_level_province_idx').on(table.level, table.provinceCode),
    index('areas_code_prefix_idx').using('btree', sql`${table.code} text_pattern_ops`),
    index('areas_name_th_trgm_idx').using('gin', sql`${table.nameTh} gin_trgm_ops`),
    index('areas_name_en_trgm_idx').using('gin', sql`lower(${table.nameEn}) gin_trgm_ops`),
    index('areas_search_idx').using('gin', table.searchTokens),
  ],
);

/** The six regions (ภาค) that group clusters. */
export const regions = pgTable('regions', {
  id: text('id').primaryKey(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

/** The provincial clusters (กลุ่มจังหวัด). */
export const clusters = pgTable('clusters', {
  id: serial('id').primaryKey(),
  regionId: text('region_id')
    .notNull()
    .references(() => regions.id),
  nameTh: text('name_th').notNull().unique(),
  nameEn: text('name_en'),
  operationsCentreCode: text('operations_centre_code').references(() => areas.code),
  /** False while the operations-centre province is not confirmed by an official notice. */
  operationsCentreVerified: boolean('operations_centre_verified').notNull().default(false),
  sortOrder: integer('sort_order').notNull(),
  version: versionColumn(),
  ...timestamps(),
});

/** Which cluster a province belongs to, over time: at most one open membership per province. */
export const clusterMemberships = pgTable(
  'cluster_memberships',
  {
    id: serial('id').primaryKey(),
    clusterId: integer('cluster_id')
      .notNull()
      .references(() => clusters.id),
    provinceCode: text('province_code')
      .notNull()
      .references(() => areas.code),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (table) => [
    uniqueIndex('cluster_memberships_open_idx')
      .on(table.provinceCode)
      .where(sql`${table.validTo} is null`),
    index('cluster_memberships_cluster_idx').on(table.clusterId),
  ],
);
