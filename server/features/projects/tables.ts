import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  BUDGET_TYPES,
  PROJECT_CATEGORIES,
  PROJECT_SCOPES,
  PROJECT_STATUSES,
} from '../../../domain/projects/project.js';
import { timestamps, tsvector, versionColumn } from '../../platform/db/columns.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { agencies } from '../agencies/tables.js';
import { clusters } from '../areas/tables.js';
import { planApproaches, planIssues, planItems } from '../plans/child-tables.js';

/**
 * Every project table carries the project's province_code (for a cluster project, the cluster's
 * operations-centre province) and cluster_id: row-level security reads a cluster project through any
 * member province, as it does for cluster plans.
 */
export const projectScopeColumns = () => ({
  provinceCode: text('province_code').notNull(),
  clusterId: integer('cluster_id').references(() => clusters.id),
});

/** The project master record (โครงการ): one row per project and fiscal year. */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...projectScopeColumns(),
    scope: text('scope', { enum: PROJECT_SCOPES }).notNull(),
    /** P30 (province) or C8 (cluster): the code series a code is unique in, per fiscal year. */
    budgetUnit: text('budget_unit').notNull(),
    code: text('code').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    title: text('title').notNull(),
    objective: text('objective'),
    description: text('description'),
    budgetType: text('budget_type', { enum: BUDGET_TYPES }).notNull(),
    category: text('category', { enum: PROJECT_CATEGORIES }).notNull(),
    /** The sum of the budget lines, kept by the service that writes them. */
    totalSatang: bigint('total_satang', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
    implementingAgencyId: uuid('implementing_agency_id').references(() => agencies.id),
    receiverAgencyId: uuid('receiver_agency_id').references(() => agencies.id),
    receiverName: text('receiver_name'),
    receiverCommitmentFileId: uuid('receiver_commitment_file_id').references(() => storedFiles.id),
    planItemId: uuid('plan_item_id').references(() => planItems.id, { onDelete: 'set null' }),
    planIssueId: uuid('plan_issue_id').references(() => planIssues.id, { onDelete: 'set null' }),
    planApproachId: uuid('plan_approach_id').references(() => planApproaches.id, { onDelete: 'set null' }),
    beneficiaryHouseholds: integer('beneficiary_households'),
    beneficiaryPeople: integer('beneficiary_people'),
    beneficiaryNote: text('beneficiary_note'),
    emenscrCode: text('emenscr_code'),
    budgetBureauCode: text('budget_bureau_code'),
    gfmisCode: text('gfmis_code'),
    egpNumber: text('egp_number'),
    status: text('status', { enum: PROJECT_STATUSES }).notNull().default('idea'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    searchTokens: tsvector('search_tokens'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('projects_code_idx').on(table.fiscalYear, table.budgetUnit, table.code),
    // The keyset list: newest fiscal year first, then code, under the province wall.
    index('projects_province_year_code_idx').on(
      table.provinceCode,
      table.fiscalYear.desc().nullsFirst(),
      table.code,
    ),
    index('projects_province_year_status_idx').on(
      table.provinceCode,
      table.fiscalYear,
      table.status,
      table.code,
    ),
    // NULLS FIRST as `order by fiscal_year desc` means it: otherwise no index gives the list's order.
    index('projects_year_code_idx').on(table.fiscalYear.desc().nullsFirst(), table.code),
    index('projects_cluster_idx').on(table.clusterId, table.fiscalYear),
    index('projects_agency_idx').on(table.implementingAgencyId),
    index('projects_plan_item_idx').on(table.planItemId),
    index('projects_search_idx').using('gin', table.searchTokens),
    index('projects_title_trgm_idx').using('gin', sql`${table.title} gin_trgm_ops`),
    // Nearest titles for the similar-project hint (project_similar_candidates, GiST KNN, btree_gist).
    index('projects_province_title_gist_idx').using(
      'gist',
      table.provinceCode,
      sql`${table.title} gist_trgm_ops(siglen=64)`,
    ),
    check('projects_cluster_check', sql`(${table.scope} = 'cluster') = (${table.clusterId} is not null)`),
  ],
);

/** The last running number issued per budget unit and fiscal year, for generated codes. */
export const projectCounters = pgTable(
  'project_counters',
  {
    provinceCode: text('province_code').notNull(),
    budgetUnit: text('budget_unit').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    lastNo: integer('last_no').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.budgetUnit, table.fiscalYear] })],
);

/**
 * Projects and their total per province (the RLS column), fiscal year, scope, status and budget type.
 * Kept current by statement triggers on projects in the writing transaction.
 */
export const projectRollups = pgTable(
  'project_rollups',
  {
    provinceCode: text('province_code').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    scope: text('scope', { enum: PROJECT_SCOPES }).notNull(),
    status: text('status', { enum: PROJECT_STATUSES }).notNull(),
    budgetType: text('budget_type', { enum: BUDGET_TYPES }).notNull(),
    projects: integer('projects').notNull().default(0),
    totalSatang: bigint('total_satang', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
  },
  (table) => [
    primaryKey({
      columns: [table.provinceCode, table.fiscalYear, table.scope, table.status, table.budgetType],
    }),
  ],
);
