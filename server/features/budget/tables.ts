import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RuleKind, RuleSeverity } from '../../../domain/projects/rules/rule-kinds.js';
import { RULE_KINDS, RULE_SEVERITIES } from '../../../domain/projects/rules/rule-kinds.js';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { Citation } from '../../../domain/projects/rules/rule-set.js';
import { RULE_SET_STATUSES } from '../../../domain/projects/rules/rule-set.js';
import { timestamps, versionColumn } from '../../platform/db/columns.js';

/**
 * Eligibility rule sets, one series per fiscal year (national reference data, no province wall).
 * A draft is edited in place; once published it never changes, and a revision starts a new draft.
 */
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    revision: integer('revision').notNull(),
    status: text('status', { enum: RULE_SET_STATUSES }).notNull().default('draft'),
    titleTh: text('title_th').notNull(),
    titleEn: text('title_en').notNull(),
    note: text('note'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    createdBy: uuid('created_by'),
    version: versionColumn(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('rule_sets_year_revision_idx').on(table.fiscalYear, table.revision),
    // At most one draft per year, so two administrators cannot fork the next revision.
    uniqueIndex('rule_sets_one_draft_idx')
      .on(table.fiscalYear)
      .where(sql`${table.status} = 'draft'`),
  ],
);

/** The rules of a set, in their order; parameters, texts and citation as the domain schema has them. */
export const rules = pgTable(
  'rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => ruleSets.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    kind: text('kind', { enum: RULE_KINDS }).$type<RuleKind>().notNull(),
    severity: text('severity', { enum: RULE_SEVERITIES }).$type<RuleSeverity>().notNull(),
    parameters: jsonb('parameters').$type<Record<string, unknown>>().notNull(),
    label: jsonb('label').$type<Bilingual>().notNull(),
    explanation: jsonb('explanation').$type<{ pass: Bilingual; fail: Bilingual }>().notNull(),
    citation: jsonb('citation').$type<Citation>().notNull(),
  },
  (table) => [
    uniqueIndex('rules_set_key_idx').on(table.ruleSetId, table.key),
    index('rules_set_position_idx').on(table.ruleSetId, table.position),
  ],
);
