import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { AGENCY_KINDS, LOCAL_GOVERNMENT_TYPES } from '../../../domain/agencies/agency.js';
import { areas, clusters } from '../areas/tables.js';

/** Agencies and units: provincial and cluster offices, bureaus, line agencies, local governments, private bodies. */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    shortName: text('short_name'),
    kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
    localGovernmentType: text('local_government_type', { enum: LOCAL_GOVERNMENT_TYPES }),
    dlaCode: text('dla_code'),
    budgetUnitCode: text('budget_unit_code'),
    areaCode: text('area_code').references(() => areas.code),
    /** Null for national bodies; the row-level-security column. */
    provinceCode: text('province_code'),
    clusterId: integer('cluster_id').references(() => clusters.id),
    parentAgencyId: uuid('parent_agency_id').references((): AnyPgColumn => agencies.id),
    isActive: boolean('is_active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    index('agencies_province_idx').on(table.provinceCode),
    index('agencies_name_trgm_idx').using('gin', sql`${table.nameTh} gin_trgm_ops`),
  ],
);
