import {
  bigint,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  boolean,
} from 'drizzle-orm/pg-core';
import { ACTION_PLAN_STATUSES, ENTRY_CLASSES } from '../../../domain/action-plans/action-plan.js';
import { APPROVAL_SCOPES } from '../../../domain/approvals/chain.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { users } from '../../platform/auth/tables.js';
import { areas, clusters } from '../areas/tables.js';
import { projects } from '../projects/tables.js';

/** Where a row lives for row-level security: a cluster's rows carry its operations-centre province. */
const placementColumns = () => ({
  provinceCode: text('province_code')
    .notNull()
    .references(() => areas.code),
  clusterId: integer('cluster_id').references(() => clusters.id),
});

/**
 * One version of the annual action plan (แผนปฏิบัติราชการประจำปี) of a budget unit (P30, C8) for a
 * fiscal year; a revision (ปรับแผน) is the next version, copied with the same stable keys.
 */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scope: text('scope', { enum: APPROVAL_SCOPES }).notNull(),
    ...placementColumns(),
    budgetUnit: text('budget_unit').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    versionNo: integer('version_no').notNull(),
    basedOnId: uuid('based_on_id'),
    revisionReason: text('revision_reason'),
    status: text('status', { enum: ACTION_PLAN_STATUSES }).notNull().default('draft'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('action_plans_unit_year_version_idx').on(table.budgetUnit, table.fiscalYear, table.versionNo),
    index('action_plans_province_year_idx').on(table.provinceCode, table.fiscalYear),
    // The list of one cluster's plans (the cluster office's home links to it).
    index('action_plans_cluster_year_idx').on(table.clusterId, table.fiscalYear),
  ],
);

/** A project on an action plan: its class, rank within the class and the amount this plan asks for. */
export const actionPlanEntries = pgTable(
  'action_plan_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionPlanId: uuid('action_plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    stableKey: uuid('stable_key').notNull().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    entryClass: text('entry_class', { enum: ENTRY_CLASSES }).notNull(),
    rank: integer('rank').notNull(),
    amountSatang: bigint('amount_satang', { mode: 'bigint' }).notNull(),
    note: text('note'),
    ...placementColumns(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('action_plan_entries_project_idx').on(table.actionPlanId, table.projectId),
    uniqueIndex('action_plan_entries_key_idx').on(table.actionPlanId, table.stableKey),
    index('action_plan_entries_board_idx').on(table.actionPlanId, table.entryClass, table.rank),
    index('action_plan_entries_project_ref_idx').on(table.projectId),
  ],
);

/** Why an entry was added, changed or removed in a revision, keyed by its stable key. */
export const actionPlanChangeReasons = pgTable(
  'action_plan_change_reasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionPlanId: uuid('action_plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    stableKey: uuid('stable_key').notNull(),
    reason: text('reason').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    ...placementColumns(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [uniqueIndex('action_plan_change_reasons_key_idx').on(table.actionPlanId, table.stableKey)],
);

/** The ceiling (กรอบวงเงิน) of a budget unit for a fiscal year, set by the centre. */
export const actionPlanCeilings = pgTable(
  'action_plan_ceilings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    budgetUnit: text('budget_unit').notNull(),
    amountSatang: bigint('amount_satang', { mode: 'bigint' }).notNull(),
    ...placementColumns(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [uniqueIndex('action_plan_ceilings_unit_year_idx').on(table.fiscalYear, table.budgetUnit)],
);
