import { z } from 'zod';
import type { Bilingual } from '../../common/bilingual.js';
import { bilingualMessage } from '../../common/bilingual.js';

/**
 * The kinds of eligibility rule the evaluators know. A rule set (data, per fiscal year) picks kinds,
 * their parameters, severity, texts and citations; the code only knows how each kind is checked.
 */
export const RULE_KINDS = [
  'plan_link',
  'cluster_coverage',
  'readiness_complete',
  'negative_list',
  'multi_year_approval',
  'schedule_sums_to_total',
  'budget_years_in_plan_period',
  'within_ceiling',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const RULE_SEVERITIES = ['blocking', 'warning'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

/** What a rule's result shows: a failing warning rule is `warn`, a failing blocking rule `fail`. */
export const RULE_OUTCOMES = ['pass', 'warn', 'fail'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

/** What a kind is evaluated on: one project, or an action plan's totals. */
export const RULE_TARGETS = ['project', 'action_plan'] as const;
export type RuleTarget = (typeof RULE_TARGETS)[number];

const count = (min: number, max: number) => z.number().int().min(min).max(max);
const codeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, bilingualMessage('รหัสต้องเป็น a-z 0-9 _', 'Codes are a-z, 0-9 and _'));

/** Each kind's parameters; strict, so a typo in an administrator's edit is refused, not ignored. */
export const RULE_PARAMETER_SCHEMAS = {
  plan_link: z.object({ minKpis: count(0, 20) }).strict(),
  cluster_coverage: z.object({ minProvinces: count(2, 20), minBenefitNoteLength: count(0, 500) }).strict(),
  readiness_complete: z
    .object({
      requiredItems: z.array(codeSchema).min(1).max(20),
      requireEvidence: z.boolean(),
    })
    .strict(),
  negative_list: z
    .object({
      categories: z.array(codeSchema).max(50),
      titleKeywords: z.array(z.string().trim().min(2).max(100)).max(100),
    })
    .strict(),
  multi_year_approval: z.object({}).strict(),
  schedule_sums_to_total: z.object({}).strict(),
  budget_years_in_plan_period: z.object({}).strict(),
  within_ceiling: z.object({ maxPercentOfCeiling: count(1, 200) }).strict(),
} as const satisfies Record<RuleKind, z.ZodType>;

export type RuleParameters<K extends RuleKind> = z.infer<(typeof RULE_PARAMETER_SCHEMAS)[K]>;

/** The parameters a new rule of each kind starts from in the editor (each valid for its schema). */
export const RULE_PARAMETER_DEFAULTS: { [K in RuleKind]: RuleParameters<K> } = {
  plan_link: { minKpis: 1 },
  cluster_coverage: { minProvinces: 2, minBenefitNoteLength: 10 },
  readiness_complete: {
    requiredItems: ['land', 'design_estimate', 'permits', 'receiver_commitment', 'procurement_ready'],
    requireEvidence: true,
  },
  negative_list: { categories: [], titleKeywords: [] },
  multi_year_approval: {},
  schedule_sums_to_total: {},
  budget_years_in_plan_period: {},
  within_ceiling: { maxPercentOfCeiling: 100 },
};

export const RULE_TARGET_OF: Record<RuleKind, RuleTarget> = {
  plan_link: 'project',
  cluster_coverage: 'project',
  readiness_complete: 'project',
  negative_list: 'project',
  multi_year_approval: 'project',
  schedule_sums_to_total: 'project',
  budget_years_in_plan_period: 'project',
  within_ceiling: 'action_plan',
};

/**
 * The `{placeholders}` each kind fills in its explanation texts; a template naming any other is
 * refused when the rule set is saved, so a published text never shows a raw `{…}`.
 */
export const RULE_PLACEHOLDERS: Record<RuleKind, readonly string[]> = {
  plan_link: ['kpis', 'minKpis', 'missing'],
  cluster_coverage: ['provinces', 'provinceCount', 'minProvinces', 'minBenefitNoteLength'],
  readiness_complete: ['missing', 'missingCount'],
  negative_list: ['matches'],
  multi_year_approval: ['total', 'approved', 'years'],
  schedule_sums_to_total: ['total', 'scheduled', 'difference'],
  budget_years_in_plan_period: ['years', 'outside', 'periodStart', 'periodEnd'],
  within_ceiling: ['ceiling', 'withinTotal', 'limit', 'percent', 'over'],
};

export const RULE_KIND_LABELS: Record<RuleKind, Bilingual> = {
  plan_link: { th: 'เชื่อมโยงประเด็นการพัฒนาและตัวชี้วัดของแผน', en: 'Linked to a plan issue and KPI' },
  cluster_coverage: {
    th: 'โครงการกลุ่มจังหวัดครอบคลุมหรือเป็นประโยชน์มากกว่าหนึ่งจังหวัด',
    en: 'Cluster project covers or benefits more than one province',
  },
  readiness_complete: { th: 'ความพร้อมครบก่อนเสนอของบประมาณ', en: 'Readiness complete before the request' },
  negative_list: { th: 'ไม่อยู่ในรายการต้องห้าม (negative list)', en: 'Not on the negative list' },
  multi_year_approval: {
    th: 'รายการผูกพันข้ามปีได้รับอนุมัติเต็มวงเงิน',
    en: 'Multi-year item approved for the full amount',
  },
  schedule_sums_to_total: { th: 'แผนการใช้จ่ายรายปีรวมเท่ากับวงเงินโครงการ', en: 'Schedule sums to the total' },
  budget_years_in_plan_period: {
    th: 'ปีงบประมาณอยู่ในช่วงของแผนพัฒนา',
    en: 'Budget years inside the plan period',
  },
  within_ceiling: { th: 'วงเงินภายในกรอบไม่เกินกรอบวงเงิน', en: 'Within-ceiling total not above the ceiling' },
};
