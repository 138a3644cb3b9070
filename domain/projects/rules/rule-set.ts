import { z } from 'zod';
import { bilingualMessage } from '../../common/bilingual.js';
import { positiveInt4 } from '../../common/integers.js';
import { fiscalYearSchema } from '../../plans/plan-input.js';
import { RULE_PARAMETER_SCHEMAS, RULE_PLACEHOLDERS, RULE_SEVERITIES, type RuleKind } from './rule-kinds.js';

/** Eligibility rule sets: one versioned set per fiscal year, each rule citing where it comes from. */
const text = (max: number) =>
  z.string().trim().min(1, bilingualMessage('กรุณาระบุข้อความ', 'Text is required')).max(max);
export const bilingualTextSchema = z.object({ th: text(2000), en: text(2000) }).strict();

export const citationSchema = z
  .object({
    /** The regulation, guideline or circular, as it is titled (Thai). */
    source: text(500),
    sourceEn: z.string().trim().max(500).nullable(),
    clause: z.string().trim().max(200).nullable(),
    /** The document's date (ISO, CE); null when it is not known. */
    date: z.iso.date().nullable(),
    url: z.url().max(1000).nullable(),
    /** False until someone has checked the rule against the official text (domain.md marks it [U]). */
    verified: z.boolean(),
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** Placeholders a template names that its kind does not fill. */
export function unknownPlaceholders(kind: RuleKind, template: string): string[] {
  const known = RULE_PLACEHOLDERS[kind];
  return [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1] ?? '')
    .filter((name) => !known.includes(name));
}

const common = {
  key: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9_]{1,59}$/,
      bilingualMessage('รหัสเกณฑ์ต้องเป็น a-z 0-9 _ (2–60 ตัว)', 'A rule key is 2–60 of a-z, 0-9 and _'),
    ),
  severity: z.enum(RULE_SEVERITIES),
  label: bilingualTextSchema,
  explanation: z.object({ pass: bilingualTextSchema, fail: bilingualTextSchema }).strict(),
  citation: citationSchema,
};

const ruleOf = <K extends RuleKind>(kind: K) =>
  z.object({ kind: z.literal(kind), parameters: RULE_PARAMETER_SCHEMAS[kind], ...common }).strict();

/** One rule as data: the kind checked, its parameters, severity, texts and citation. */
export const ruleSchema = z
  .discriminatedUnion('kind', [
    ruleOf('plan_link'),
    ruleOf('cluster_coverage'),
    ruleOf('readiness_complete'),
    ruleOf('negative_list'),
    ruleOf('multi_year_approval'),
    ruleOf('schedule_sums_to_total'),
    ruleOf('budget_years_in_plan_period'),
    ruleOf('within_ceiling'),
  ])
  .superRefine((rule, context) => {
    for (const outcome of ['pass', 'fail'] as const) {
      for (const language of ['th', 'en'] as const) {
        const unknown = unknownPlaceholders(rule.kind, rule.explanation[outcome][language]);
        if (unknown.length > 0) {
          context.addIssue({
            code: 'custom',
            path: ['explanation', outcome, language],
            ...bilingualMessage(
              'คำอธิบายมีตัวแปรที่เกณฑ์ชนิดนี้ไม่รู้จัก',
              'The explanation names a placeholder this kind of rule does not fill',
            ),
          });
        }
      }
    }
  });
export type Rule = z.infer<typeof ruleSchema>;

const rulesSchema = z
  .array(ruleSchema)
  .max(100)
  .refine((rules) => new Set(rules.map((rule) => rule.key)).size === rules.length, {
    ...bilingualMessage('รหัสเกณฑ์ซ้ำกันในชุดเดียวกัน', 'Two rules in the set have the same key'),
  });

/** Creates a draft set for a fiscal year, optionally starting from another set's rules. */
export const ruleSetCreateSchema = z
  .object({
    fiscalYear: fiscalYearSchema,
    title: bilingualTextSchema,
    note: z.string().trim().max(4000).nullish(),
    rules: rulesSchema,
  })
  .strict();
export type RuleSetCreateInput = z.infer<typeof ruleSetCreateSchema>;

/** Replaces a draft set's title, note and rules (If-Match); a published set cannot be edited. */
export const ruleSetUpdateSchema = ruleSetCreateSchema
  .omit({ fiscalYear: true })
  .extend({ version: positiveInt4().optional() })
  .strict();
export type RuleSetUpdateInput = z.infer<typeof ruleSetUpdateSchema>;

export const publishRuleSetSchema = z.object({ version: positiveInt4().optional() }).strict();

export const RULE_SET_STATUSES = ['draft', 'published'] as const;
export type RuleSetStatus = (typeof RULE_SET_STATUSES)[number];

export const ruleSetSummarySchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  /** The set's number within its fiscal year: 1, 2, … each revision adds one. */
  revision: z.number().int(),
  status: z.enum(RULE_SET_STATUSES),
  title: bilingualTextSchema,
  note: z.string().nullable(),
  ruleCount: z.number().int(),
  publishedAt: z.iso.datetime().nullable(),
  /** The row version for If-Match. */
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type RuleSetSummary = z.infer<typeof ruleSetSummarySchema>;

export const ruleSetSchema = ruleSetSummarySchema.extend({ rules: z.array(ruleSchema) });
export type RuleSet = z.infer<typeof ruleSetSchema>;

export const ruleSetListQuery = z.object({
  fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
});
