import {
  ruleSchema,
  type Rule,
  type RuleSet,
  type RuleSetSummary,
} from '../../../domain/projects/rules/rule-set.js';
import type { ruleSets, rules } from './tables.js';

type RuleSetRow = typeof ruleSets.$inferSelect;
type RuleRow = typeof rules.$inferSelect;

/** A rule set's heading fields as lists show them. */
export function presentRuleSetSummary(row: RuleSetRow, ruleCount: number): RuleSetSummary {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    revision: row.revision,
    status: row.status,
    title: { th: row.titleTh, en: row.titleEn },
    note: row.note,
    ruleCount,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A stored rule, read back through the domain schema so its parameters are typed by kind again. */
export function presentRule(row: RuleRow): Rule {
  return ruleSchema.parse({
    key: row.key,
    kind: row.kind,
    severity: row.severity,
    parameters: row.parameters,
    label: row.label,
    explanation: row.explanation,
    citation: row.citation,
  });
}

/** A rule set with its rules in order. */
export function presentRuleSet(row: RuleSetRow, ruleRows: readonly RuleRow[]): RuleSet {
  const ordered = [...ruleRows].sort((a, b) => a.position - b.position);
  return { ...presentRuleSetSummary(row, ordered.length), rules: ordered.map(presentRule) };
}
