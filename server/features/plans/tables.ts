import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  DIFF_ENTITY_TYPES,
  PLAN_SCOPES,
  PLAN_STATUSES,
  PLAN_VERSION_KINDS,
} from '../../../domain/plans/plan.js';
import type { KeyFigure, Swot } from '../../../domain/plans/tree.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { areas, clusters } from '../areas/tables.js';
import { users } from '../../platform/auth/tables.js';

/**
 * Every plan table carries the plan's province_code (for a cluster plan, the operations-centre
 * province) and cluster_id: row-level security reads a cluster plan through any member province.
 */
export const scopeColumns = () => ({
  provinceCode: text('province_code').notNull(),
  clusterId: integer('cluster_id').references(() => clusters.id),
});

/** A 5-year provincial or cluster development plan (แผนพัฒนาจังหวัด / กลุ่มจังหวัด). */
export const developmentPlans = pgTable(
  'development_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scope: text('scope', { enum: PLAN_SCOPES }).notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => areas.code),
    clusterId: integer('cluster_id').references(() => clusters.id),
    title: text('title').notNull(),
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    index('development_plans_province_idx').on(table.provinceCode),
    index('development_plans_cluster_idx').on(table.clusterId),
    check('development_plans_period_check', sql`${table.periodEnd} = ${table.periodStart} + 4`),
    check(
      'development_plans_cluster_check',
      sql`(${table.scope} = 'cluster') = (${table.clusterId} is not null)`,
    ),
  ],
);

/** One version of a plan: the original, or the review (ฉบับทบทวน) for a fiscal year. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => developmentPlans.id, { onDelete: 'cascade' }),
    versionNo: integer('version_no').notNull(),
    kind: text('kind', { enum: PLAN_VERSION_KINDS }).notNull(),
    reviewFiscalYear: integer('review_fiscal_year'),
    basedOnVersionId: uuid('based_on_version_id').references((): AnyPgColumn => planVersions.id),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    vision: text('vision'),
    developmentGoal: text('development_goal'),
    areaPotential: text('area_potential'),
    swot: jsonb('swot').$type<Swot>(),
    keyFigures: jsonb('key_figures').$type<KeyFigure[]>(),
    ...scopeColumns(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    committeeApprovedAt: timestamp('committee_approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('plan_versions_number_idx').on(table.planId, table.versionNo),
    // One open review per plan and fiscal year; a published review leaves room for the next one.
    uniqueIndex('plan_versions_open_review_idx')
      .on(table.planId, table.reviewFiscalYear)
      .where(sql`${table.kind} = 'review' and ${table.status} <> 'published'`),
    index('plan_versions_province_idx').on(table.provinceCode),
  ],
);

/** Why an entity changed in a review, keyed by its stable key (the same across versions). */
export const planChangeReasons = pgTable(
  'plan_change_reasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planVersionId: uuid('plan_version_id')
      .notNull()
      .references(() => planVersions.id, { onDelete: 'cascade' }),
    entityType: text('entity_type', {
      enum: DIFF_ENTITY_TYPES,
    }).notNull(),
    stableKey: uuid('stable_key').notNull(),
    reason: text('reason').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    ...scopeColumns(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('plan_change_reasons_key_idx').on(table.planVersionId, table.entityType, table.stableKey),
  ],
);
