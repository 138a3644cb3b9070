import { z } from 'zod';

/**
 * What the evaluators read. The project part is picked from the project record's schema; the
 * context (plan period, cluster members, the approved multi-year amount) is what the server looks up
 * beside it. Amounts are whole satang as decimal strings, as the API carries them.
 */
const satang = z.string().regex(/^\d{1,18}$/);

export const projectRuleSubjectSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  fiscalYear: z.number().int(),
  scope: z.enum(['province', 'cluster']),
  category: z.string(),
  totalSatang: satang,
  planIssueId: z.uuid().nullable(),
  kpiIds: z.array(z.uuid()),
  benefitNote: z.string().nullable(),
  schedule: z.array(z.object({ fiscalYear: z.number().int(), amountSatang: satang })),
  readiness: z.array(z.object({ item: z.string(), status: z.string(), evidenceCount: z.number().int() })),
});

export const ruleContextSchema = z.object({
  /** Provinces the project works in (from its locations). */
  provinceCodes: z.array(z.string()),
  /** Member provinces of the project's cluster; empty for a province project. */
  clusterMemberProvinceCodes: z.array(z.string()),
  provinceNames: z.record(z.string(), z.string()),
  /** The development plan's period the project is linked to; null when it is linked to none. */
  planPeriod: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** The full amount a multi-year commitment was approved for; null when none was approved. */
  multiYearApprovedSatang: satang.nullable(),
});

export const ruleSubjectSchema = projectRuleSubjectSchema.extend(ruleContextSchema.shape);
export type RuleSubject = z.infer<typeof ruleSubjectSchema>;

/** An action plan's totals, for the rules that judge the plan rather than one project. */
export const actionPlanRuleSubjectSchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  /** The ceiling (กรอบวงเงิน) of the plan's budget unit for the year; null when none is set. */
  ceilingSatang: satang.nullable(),
  withinCeilingTotalSatang: satang,
});
export type ActionPlanRuleSubject = z.infer<typeof actionPlanRuleSubjectSchema>;
