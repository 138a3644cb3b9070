import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import { PROJECT_SCOPES, PROJECT_STATUSES } from '../../../domain/projects/project.js';
import { projectScopeColumns, projects } from '../projects/tables.js';

/**
 * Each project's blocking-rule verdict by its year's published rule set: the failing rules' labels
 * and the rule set revision judged. Triggers create the row with the project, copy its code, year
 * and status, and bump `generation` on every write that can change the verdict (the project, its
 * child rows, approvals, plan period, cluster members, a newly published rule set); a refresh
 * stores a verdict only if no write came in between (`generation` unchanged).
 */
export const projectRuleVerdicts = pgTable(
  'project_rule_verdicts',
  {
    projectId: uuid('project_id')
      .primaryKey()
      .references(() => projects.id, { onDelete: 'cascade' }),
    ...projectScopeColumns(),
    scope: text('scope', { enum: PROJECT_SCOPES }).notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: PROJECT_STATUSES }).notNull(),
    /** Bumped by every invalidating write; the verdict is current when it equals `judgedGeneration`. */
    generation: bigint('generation', { mode: 'number' }).notNull().default(1),
    judgedGeneration: bigint('judged_generation', { mode: 'number' }).notNull().default(0),
    ruleSetId: uuid('rule_set_id'),
    ruleSetRevision: integer('rule_set_revision'),
    failing: jsonb('failing')
      .$type<Bilingual[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    failingCount: integer('failing_count').notNull().default(0),
  },
  (table) => [
    // The rules-failing list: a province's own failing projects of a year, a keyset walk by code.
    index('project_rule_verdicts_failing_idx')
      .on(table.provinceCode, table.fiscalYear, table.code)
      .where(sql`${table.failingCount} > 0 and ${table.scope} = 'province'`),
    // What a read must judge first: verdicts a write made stale.
    index('project_rule_verdicts_stale_idx')
      .on(table.provinceCode, table.fiscalYear)
      .where(sql`${table.generation} <> ${table.judgedGeneration}`),
    // The same two for a cluster's projects (the cluster office's list), by cluster.
    index('project_rule_verdicts_cluster_failing_idx')
      .on(table.clusterId, table.fiscalYear, table.code)
      .where(sql`${table.failingCount} > 0 and ${table.scope} = 'cluster'`),
    index('project_rule_verdicts_cluster_stale_idx')
      .on(table.clusterId, table.fiscalYear)
      .where(sql`${table.generation} <> ${table.judgedGeneration} and ${table.scope} = 'cluster'`),
  ],
);

/** Failing projects per province, year and status (province scope only); kept by triggers on the verdicts. */
export const ruleVerdictRollups = pgTable(
  'rule_verdict_rollups',
  {
    provinceCode: text('province_code').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    status: text('status', { enum: PROJECT_STATUSES }).notNull(),
    failing: integer('failing').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.provinceCode, table.fiscalYear, table.status] })],
);

/**
 * Failing cluster projects per cluster, placement province (the operations centre when the project
 * was made), year and status; kept by triggers on the verdicts, read under the roll-up wall.
 */
export const ruleVerdictClusterRollups = pgTable(
  'rule_verdict_cluster_rollups',
  {
    clusterKey: integer('cluster_key').notNull(),
    provinceCode: text('province_code').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    status: text('status', { enum: PROJECT_STATUSES }).notNull(),
    failing: integer('failing').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.clusterKey, table.fiscalYear, table.status, table.provinceCode] }),
  ],
);
