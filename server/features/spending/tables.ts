import { sql } from 'drizzle-orm';
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
  uuid,
} from 'drizzle-orm/pg-core';
import { SPENDING_CLASSES, TARGET_CLASSES } from '../../../domain/spending/budget-class.js';
import { FUND_SOURCES } from '../../../domain/spending/rollup.js';
import { DEADLINE_KINDS } from '../../../domain/spending/targets.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';
import { jobs } from '../../platform/jobs/tables.js';
import { projectScopeColumns, projects } from '../projects/tables.js';

const satang = (name: string) =>
  bigint(name, { mode: 'bigint' })
    .notNull()
    .default(sql`0`);
const projectKey = () => ({
  projectId: uuid('project_id')
    .notNull()
    .references(() => projects.id, { onDelete: 'cascade' }),
  ...projectScopeColumns(),
});

/** One row per fiscal year whose targets an administrator keeps; its version guards edits. */
export const spendingTargetYears = pgTable('spending_target_years', {
  fiscalYear: integer('fiscal_year').primaryKey(),
  updatedBy: uuid('updated_by'),
  version: versionColumn(),
  ...timestamps(),
});

/** Cabinet cumulative disbursement targets: year × class × quarter, in hundredths of a percent. */
export const spendingTargets = pgTable(
  'spending_targets',
  {
    fiscalYear: integer('fiscal_year')
      .notNull()
      .references(() => spendingTargetYears.fiscalYear, { onDelete: 'cascade' }),
    budgetClass: text('budget_class', { enum: TARGET_CLASSES }).notNull(),
    quarter: integer('quarter').notNull(),
    cumulativeHundredths: integer('cumulative_hundredths').notNull(),
    sourceNote: text('source_note').notNull(),
    verified: boolean('verified').notNull(),
  },
  (table) => [primaryKey({ columns: [table.fiscalYear, table.budgetClass, table.quarter] })],
);

/** Deadlines of the year's measures (commitment cut-offs…), each with its source. */
export const spendingDeadlines = pgTable(
  'spending_deadlines',
  {
    fiscalYear: integer('fiscal_year')
      .notNull()
      .references(() => spendingTargetYears.fiscalYear, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DEADLINE_KINDS }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    sourceNote: text('source_note').notNull(),
    verified: boolean('verified').notNull(),
  },
  (table) => [primaryKey({ columns: [table.fiscalYear, table.kind] })],
);

/** A project's spending plan for a fiscal year: the allocation it spreads over the months. */
export const spendingPlans = pgTable(
  'spending_plans',
  {
    ...projectKey(),
    fiscalYear: integer('fiscal_year').notNull(),
    allocationSatang: satang('allocation_satang'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.fiscalYear] }),
    index('spending_plans_province_idx').on(table.provinceCode, table.fiscalYear),
  ],
);

/** Planned disbursement per fiscal month (1 = October). */
export const spendingPlanMonths = pgTable(
  'spending_plan_months',
  {
    ...projectKey(),
    fiscalYear: integer('fiscal_year').notNull(),
    fiscalMonth: integer('fiscal_month').notNull(),
    spendingClass: text('spending_class', { enum: SPENDING_CLASSES }).notNull(),
    plannedSatang: satang('planned_satang'),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.fiscalYear, table.fiscalMonth] })],
);

/** Actual commitments (PO/contract) and disbursement per month, entered or imported. */
export const spendingActuals = pgTable(
  'spending_actuals',
  {
    ...projectKey(),
    fiscalYear: integer('fiscal_year').notNull(),
    fiscalMonth: integer('fiscal_month').notNull(),
    funds: text('funds', { enum: FUND_SOURCES }).notNull(),
    spendingClass: text('spending_class', { enum: SPENDING_CLASSES }).notNull(),
    committedSatang: satang('committed_satang'),
    disbursedSatang: satang('disbursed_satang'),
    source: text('source', { enum: ['entered', 'imported'] }).notNull(),
    importJobId: uuid('import_job_id').references(() => jobs.id, { onDelete: 'set null' }),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.fiscalYear, table.fiscalMonth, table.funds] }),
    index('spending_actuals_province_idx').on(table.provinceCode, table.fiscalYear, table.fiscalMonth),
  ],
);

/** A province's reported months; a closed month takes no more writes. */
export const spendingMonthClosures = pgTable(
  'spending_month_closures',
  {
    provinceCode: text('province_code').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    fiscalMonth: integer('fiscal_month').notNull(),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.fiscalYear, table.fiscalMonth] })],
);

/** Procurement of a project's fiscal year: dated steps and the signed contract. */
export const procurements = pgTable(
  'procurements',
  {
    ...projectKey(),
    fiscalYear: integer('fiscal_year').notNull(),
    torDate: date('tor_date', { mode: 'string' }),
    announcedDate: date('announced_date', { mode: 'string' }),
    biddingDate: date('bidding_date', { mode: 'string' }),
    contractSignedDate: date('contract_signed_date', { mode: 'string' }),
    contractNo: text('contract_no'),
    contractValueSatang: bigint('contract_value_satang', { mode: 'bigint' }),
    contractor: text('contractor'),
    egpNumber: text('egp_number'),
    inspectedDate: date('inspected_date', { mode: 'string' }),
    paidDate: date('paid_date', { mode: 'string' }),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.fiscalYear] })],
);

/** Money committed but unpaid at year end, carried into the next year (กันเงินไว้เบิกเหลื่อมปี). */
export const carryOvers = pgTable(
  'spending_carry_overs',
  {
    ...projectKey(),
    fromFiscalYear: integer('from_fiscal_year').notNull(),
    amountSatang: satang('amount_satang'),
    reason: text('reason').notNull(),
    extendedTo: date('extended_to', { mode: 'string' }),
    extensionReason: text('extension_reason'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.fromFiscalYear] })],
);

/**
 * Plan, commitments and disbursement per province × cluster (0 for a province's own projects) ×
 * fiscal year × month × class × fund source, kept by statement triggers for dashboards.
 */
export const spendingRollups = pgTable(
  'spending_rollups',
  {
    provinceCode: text('province_code').notNull(),
    clusterKey: integer('cluster_key').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    fiscalMonth: integer('fiscal_month').notNull(),
    spendingClass: text('spending_class', { enum: SPENDING_CLASSES }).notNull(),
    funds: text('funds', { enum: FUND_SOURCES }).notNull(),
    plannedSatang: satang('planned_satang'),
    committedSatang: satang('committed_satang'),
    disbursedSatang: satang('disbursed_satang'),
  },
  (table) => [
    primaryKey({
      columns: [
        table.provinceCode,
        table.clusterKey,
        table.fiscalYear,
        table.fiscalMonth,
        table.spendingClass,
        table.funds,
      ],
    }),
  ],
);

/**
 * The same figures per implementing agency (the nil uuid for projects without one), kept by the
 * triggers of migration 0002 from the project's agency, for the ranking of agencies.
 */
export const spendingAgencyRollups = pgTable(
  'spending_agency_rollups',
  {
    agencyKey: uuid('agency_key').notNull(),
    provinceCode: text('province_code').notNull(),
    clusterKey: integer('cluster_key').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    fiscalMonth: integer('fiscal_month').notNull(),
    funds: text('funds', { enum: FUND_SOURCES }).notNull(),
    plannedSatang: satang('planned_satang'),
    committedSatang: satang('committed_satang'),
    disbursedSatang: satang('disbursed_satang'),
  },
  (table) => [
    primaryKey({
      columns: [
        table.agencyKey,
        table.provinceCode,
        table.clusterKey,
        table.fiscalYear,
        table.fiscalMonth,
        table.funds,
      ],
    }),
  ],
);
