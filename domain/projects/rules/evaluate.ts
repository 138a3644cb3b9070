import { z } from 'zod';
import {
  budgetYearsInPlanPeriod,
  clusterCoverage,
  multiYearApproval,
  negativeList,
  planLink,
  readinessComplete,
  scheduleSumsToTotal,
  type RuleLabels,
} from './project-evaluators.js';
import { RULE_KINDS, RULE_OUTCOMES, RULE_SEVERITIES, type RuleParameters } from './rule-kinds.js';
import { bilingualTextSchema, citationSchema, type Rule } from './rule-set.js';
import type { ActionPlanRuleSubject, RuleSubject } from './subject.js';
import { baht, renderTemplate, same, type Verdict } from './verdict.js';

/** One rule's result as every project and action plan shows it. */
export const ruleResultSchema = z.object({
  key: z.string(),
  kind: z.enum(RULE_KINDS),
  severity: z.enum(RULE_SEVERITIES),
  outcome: z.enum(RULE_OUTCOMES),
  /** False when the rule does not concern this subject (it then passes, with the reason). */
  applicable: z.boolean(),
  label: bilingualTextSchema,
  explanation: bilingualTextSchema,
  citation: citationSchema,
});
export type RuleResult = z.infer<typeof ruleResultSchema>;

function resultOf(rule: Rule, verdict: Verdict): RuleResult {
  const base = {
    key: rule.key,
    kind: rule.kind,
    severity: rule.severity,
    label: rule.label,
    citation: rule.citation,
  };
  if (verdict.status === 'not_applicable') {
    return { ...base, outcome: 'pass', applicable: false, explanation: verdict.note };
  }
  const template = rule.explanation[verdict.status];
  const failed = rule.severity === 'blocking' ? 'fail' : 'warn';
  return {
    ...base,
    outcome: verdict.status === 'pass' ? 'pass' : failed,
    applicable: true,
    explanation: {
      th: renderTemplate(template.th, verdict.values, 'th'),
      en: renderTemplate(template.en, verdict.values, 'en'),
    },
  };
}

function projectVerdict(rule: Rule, subject: RuleSubject, labels: RuleLabels): Verdict | null {
  switch (rule.kind) {
    case 'plan_link':
      return planLink(rule.parameters, subject);
    case 'cluster_coverage':
      return clusterCoverage(rule.parameters, subject);
    case 'readiness_complete':
      return readinessComplete(rule.parameters, subject, labels);
    case 'negative_list':
      return negativeList(rule.parameters, subject, labels);
    case 'multi_year_approval':
      return multiYearApproval(subject);
    case 'schedule_sums_to_total':
      return scheduleSumsToTotal(subject);
    case 'budget_years_in_plan_period':
      return budgetYearsInPlanPeriod(subject);
    case 'within_ceiling':
      return null;
  }
}

const NO_LABELS: RuleLabels = { readinessItems: {}, categories: {} };

/** Every project rule of a set, evaluated on one project; action-plan rules are left out. */
export function evaluateProjectRules(
  rules: readonly Rule[],
  subject: RuleSubject,
  labels: RuleLabels = NO_LABELS,
): RuleResult[] {
  return rules.flatMap((rule) => {
    const verdict = projectVerdict(rule, subject, labels);
    return verdict === null ? [] : [resultOf(rule, verdict)];
  });
}

/** Within-ceiling total ≤ the ceiling (times the rule's percentage); no ceiling set → not applicable. */
export function withinCeiling(
  parameters: RuleParameters<'within_ceiling'>,
  subject: ActionPlanRuleSubject,
): Verdict {
  if (subject.ceilingSatang === null) {
    return {
      status: 'not_applicable',
      note: { th: 'ยังไม่ได้กำหนดกรอบวงเงินของปีนี้', en: 'No ceiling is set for this year' },
    };
  }
  const ceiling = BigInt(subject.ceilingSatang);
  const withinTotal = BigInt(subject.withinCeilingTotalSatang);
  const limit = (ceiling * BigInt(parameters.maxPercentOfCeiling)) / 100n;
  // Tenths of a percent, rounded down, so 100.04 % never shows as 100.0 % over a failing check.
  const permille = ceiling === 0n ? 0n : (withinTotal * 1000n) / ceiling;
  return {
    status: withinTotal <= limit ? 'pass' : 'fail',
    values: {
      ceiling: baht(ceiling),
      withinTotal: baht(withinTotal),
      limit: baht(limit),
      percent: same(`${permille / 10n}.${permille % 10n}`),
      over: baht(withinTotal > limit ? withinTotal - limit : 0n),
    },
  };
}

/** Every action-plan rule of a set, evaluated on an action plan's totals. */
export function evaluateActionPlanRules(
  rules: readonly Rule[],
  subject: ActionPlanRuleSubject,
): RuleResult[] {
  return rules.flatMap((rule) =>
    rule.kind === 'within_ceiling' ? [resultOf(rule, withinCeiling(rule.parameters, subject))] : [],
  );
}

/** The results that stop a project from being requested: failing blocking rules. */
export function blockingFailures(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((result) => result.outcome === 'fail');
}
