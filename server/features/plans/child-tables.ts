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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { FUNDING_SOURCES, KPI_DIRECTIONS, KPI_ROLLUPS } from '../../../domain/plans/plan.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { agencies } from '../agencies/tables.js';
import { alignmentNodes } from '../alignment/tables.js';
import { areas } from '../areas/tables.js';
import { planVersions, scopeColumns } from './tables.js';

/**
 * The children of a plan version. `stable_key` stays the same when a review copies a row, so two
 * versions can be compared entity by entity; ids are new in every version.
 */
const versionColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  planVersionId: uuid('plan_version_id')
    .notNull()
    .references(() => planVersions.id, { onDelete: 'cascade' }),
  stableKey: uuid('stable_key').notNull().defaultRandom(),
  orderNo: integer('order_no').notNull().default(0),
  ...scopeColumns(),
});

/** ประเด็นการพัฒนา, ordered. */
export const planIssues = pgTable(
  'plan_issues',
  {
    ...versionColumns(),
    title: text('title').notNull(),
    description: text('description'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [uniqueIndex('plan_issues_key_idx').on(table.planVersionId, table.stableKey)],
);

/** เป้าประสงค์ under an issue. */
export const planObjectives = pgTable(
  'plan_objectives',
  {
    ...versionColumns(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => planIssues.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('plan_objectives_key_idx').on(table.planVersionId, table.stableKey),
    index('plan_objectives_issue_idx').on(table.issueId),
  ],
);

/** ตัวชี้วัด under an objective. */
export const planKpis = pgTable(
  'plan_kpis',
  {
    ...versionColumns(),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => planObjectives.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    baselineValue: numeric('baseline_value'),
    baselineYear: integer('baseline_year'),
    direction: text('direction', { enum: KPI_DIRECTIONS }).notNull(),
    rollup: text('rollup', { enum: KPI_ROLLUPS }).notNull(),
    dataSource: text('data_source'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('plan_kpis_key_idx').on(table.planVersionId, table.stableKey),
    index('plan_kpis_objective_idx').on(table.objectiveId),
  ],
);

/** Yearly KPI targets; area null = the plan's whole area. Edited as one grid through the KPI (its version). */
export const kpiTargets = pgTable(
  'kpi_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planVersionId: uuid('plan_version_id')
      .notNull()
      .references(() => planVersions.id, { onDelete: 'cascade' }),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => planKpis.id, { onDelete: 'cascade' }),
    fiscalYear: integer('fiscal_year').notNull(),
    areaCode: text('area_code').references(() => areas.code),
    targetValue: numeric('target_value').notNull(),
    ...scopeColumns(),
  },
  (table) => [
    uniqueIndex('kpi_targets_cell_idx').on(
      table.kpiId,
      table.fiscalYear,
      sql`coalesce(${table.areaCode}, '')`,
    ),
  ],
);

/** แนวทางการพัฒนา under an issue. */
export const planApproaches = pgTable(
  'plan_approaches',
  {
    ...versionColumns(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => planIssues.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('plan_approaches_key_idx').on(table.planVersionId, table.stableKey),
    index('plan_approaches_issue_idx').on(table.issueId),
  ],
);

/** บัญชีรายการชุดโครงการ: a project-set item under an approach. */
export const planItems = pgTable(
  'plan_items',
  {
    ...versionColumns(),
    approachId: uuid('approach_id')
      .notNull()
      .references(() => planApproaches.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    fundingSource: text('funding_source', { enum: FUNDING_SOURCES }).notNull(),
    agencyId: uuid('agency_id').references(() => agencies.id),
    agencyName: text('agency_name'),
    benefitNote: text('benefit_note'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('plan_items_key_idx').on(table.planVersionId, table.stableKey),
    index('plan_items_approach_idx').on(table.approachId),
  ],
);

const itemLink = () => ({
  itemId: uuid('item_id')
    .notNull()
    .references(() => planItems.id, { onDelete: 'cascade' }),
  planVersionId: uuid('plan_version_id')
    .notNull()
    .references(() => planVersions.id, { onDelete: 'cascade' }),
  ...scopeColumns(),
});

/** Estimated budget of an item per fiscal year, in satang. Edited through the item (its version). */
export const itemBudgets = pgTable(
  'item_budgets',
  {
    ...itemLink(),
    fiscalYear: integer('fiscal_year').notNull(),
    amountSatang: bigint('amount_satang', { mode: 'bigint' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.fiscalYear] })],
);

/** Areas an item works in (all inside the plan's area). */
export const planItemAreas = pgTable(
  'plan_item_areas',
  {
    ...itemLink(),
    areaCode: text('area_code')
      .notNull()
      .references(() => areas.code),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.areaCode] })],
);

/** KPIs an item moves. */
export const planItemKpis = pgTable(
  'plan_item_kpis',
  {
    ...itemLink(),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => planKpis.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.kpiId] })],
);

/** People's needs an item answers (ids of the needs feature). */
export const planItemNeeds = pgTable(
  'plan_item_needs',
  { ...itemLink(), needId: uuid('need_id').notNull() },
  (table) => [
    primaryKey({ columns: [table.itemId, table.needId] }),
    index('plan_item_needs_need_idx').on(table.needId),
  ],
);

/** National alignment of an issue, KPI or item; an item has exactly one primary Y1 link. */
export const planAlignmentLinks = pgTable(
  'plan_alignment_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planVersionId: uuid('plan_version_id')
      .notNull()
      .references(() => planVersions.id, { onDelete: 'cascade' }),
    entityType: text('entity_type', { enum: ['issue', 'kpi', 'item'] }).notNull(),
    entityId: uuid('entity_id').notNull(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => alignmentNodes.id),
    isPrimary: boolean('is_primary').notNull().default(false),
    ...scopeColumns(),
  },
  (table) => [
    uniqueIndex('plan_alignment_links_node_idx').on(table.entityType, table.entityId, table.nodeId),
    index('plan_alignment_links_version_idx').on(table.planVersionId),
  ],
);
