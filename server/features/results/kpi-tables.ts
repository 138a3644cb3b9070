import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { planKpis } from '../plans/child-tables.js';
import { projectScopeColumns } from '../projects/tables.js';

/**
 * The actual value of a plan KPI in a period (0 = the whole fiscal year) for an area (null = the
 * plan's whole area), with the yearly target it was judged against kept beside it. Rows carry the
 * plan's province and cluster, so the same wall as projects (RLS) covers them.
 */
export const kpiActuals = pgTable(
  'kpi_actuals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => planKpis.id, { onDelete: 'cascade' }),
    planVersionId: uuid('plan_version_id').notNull(),
    ...projectScopeColumns(),
    areaCode: text('area_code'),
    fiscalYear: integer('fiscal_year').notNull(),
    period: integer('period').notNull(),
    targetValue: numeric('target_value').notNull(),
    actualValue: numeric('actual_value').notNull(),
    achievementBp: integer('achievement_bp').notNull(),
    achieved: boolean('achieved').notNull(),
    dataSource: text('data_source').notNull(),
    note: text('note'),
    reportedBy: uuid('reported_by'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('kpi_actuals_cell_idx').on(
      table.kpiId,
      table.fiscalYear,
      table.period,
      sql`coalesce(${table.areaCode}, '')`,
    ),
    index('kpi_actuals_province_idx').on(table.provinceCode, table.fiscalYear, table.achieved),
  ],
);

/**
 * Yearly whole-area KPI values per province × cluster (0 = a province's own plan) × fiscal year:
 * how many were reported, reached and missed, and the capped achievement sum, trigger-kept.
 */
export const kpiRollups = pgTable(
  'kpi_rollups',
  {
    provinceCode: text('province_code').notNull(),
    clusterKey: integer('cluster_key').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    kpis: integer('kpis').notNull().default(0),
    kpisAchieved: integer('kpis_achieved').notNull().default(0),
    achievementBpSum: bigint('achievement_bp_sum', { mode: 'number' })
      .notNull()
      .default(sql`0`),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.clusterKey, table.fiscalYear] })],
);
