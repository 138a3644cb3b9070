import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { BUDGET_STAGES } from '../../../domain/budget/stages.js';
import { BUDGET_TYPES } from '../../../domain/projects/project.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { projectScopeColumns, projects } from '../projects/tables.js';

/**
 * A project's amount at each budget stage. The grouping columns (budget type, plan issue, agency,
 * district) are copied from the project so the roll-up triggers need no join; a trigger on projects
 * keeps them in step when the project changes.
 */
export const projectBudgetStages = pgTable(
  'project_budget_stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ...projectScopeColumns(),
    fiscalYear: integer('fiscal_year').notNull(),
    stage: text('stage', { enum: BUDGET_STAGES }).notNull(),
    amountSatang: bigint('amount_satang', { mode: 'bigint' }).notNull(),
    /** What this stage cut from the one before it; kept by the service with the amounts. */
    cutSatang: bigint('cut_satang', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
    cutReason: text('cut_reason'),
    budgetType: text('budget_type', { enum: BUDGET_TYPES }).notNull(),
    planIssueId: uuid('plan_issue_id'),
    agencyId: uuid('agency_id'),
    /** The district of the project's first location when it has one (area summaries). */
    districtCode: text('district_code'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('project_budget_stages_project_stage_idx').on(table.projectId, table.stage),
    index('project_budget_stages_province_year_idx').on(table.provinceCode, table.fiscalYear),
  ],
);

/**
 * Stage amounts, cuts and project counts per province, fiscal year, grouping and stage; kept by
 * statement triggers on project_budget_stages, so summaries never scan the stage rows.
 */
export const budgetStageRollups = pgTable(
  'budget_stage_rollups',
  {
    provinceCode: text('province_code').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    kind: text('kind', { enum: ['total', 'budget_type', 'plan_issue', 'agency', 'district'] }).notNull(),
    key: text('key').notNull(),
    stage: text('stage', { enum: BUDGET_STAGES }).notNull(),
    projects: integer('projects').notNull().default(0),
    amountSatang: bigint('amount_satang', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
    cutSatang: bigint('cut_satang', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
  },
  (table) => [
    primaryKey({ columns: [table.provinceCode, table.fiscalYear, table.kind, table.key, table.stage] }),
  ],
);

/** The full amount a multi-year commitment (ผูกพันข้ามปี) was approved for, with its reference. */
export const multiYearApprovals = pgTable('project_multi_year_approvals', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id, { onDelete: 'cascade' }),
  ...projectScopeColumns(),
  approvedSatang: bigint('approved_satang', { mode: 'bigint' }).notNull(),
  reference: text('reference').notNull(),
  approvedOn: date('approved_on').notNull(),
  recordedBy: uuid('recorded_by'),
  version: versionColumn(),
  ...timestamps(),
});
