import { z } from 'zod';
import { projectSchema } from '../project-response.js';

/**
 * What the evaluators read: the fields they judge, picked from the project record's own schema, and
 * the context the server looks up beside it (provinces, cluster members, plan period, approvals).
 */
export const ruleContextSchema = z.object({
  /** Provinces the project works in (from its locations and province shares). */
  provinceCodes: z.array(z.string()),
  /** Member provinces of the project's cluster; empty for a province project. */
  clusterMemberProvinceCodes: z.array(z.string()),
  provinceNames: z.record(z.string(), z.string()),
  /** The development plan's period the project is linked to; null when it is linked to none. */
  planPeriod: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** The full amount a multi-year commitment was approved for (whole satang); null when none was. */
  multiYearApprovedSatang: z.string().nullable(),
});
export type RuleContext = z.infer<typeof ruleContextSchema>;

export const ruleSubjectSchema = projectSchema
  .pick({
    id: true,
    title: true,
    fiscalYear: true,
    scope: true,
    category: true,
    totalSatang: true,
    links: true,
    beneficiaryNote: true,
    schedule: true,
    readiness: true,
  })
  .extend(ruleContextSchema.shape);
export type RuleSubject = z.infer<typeof ruleSubjectSchema>;

/** An action plan's totals, for the rules that judge the plan rather than one project. */
export const actionPlanRuleSubjectSchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  /** The ceiling (กรอบวงเงิน) of the plan's budget unit for the year; null when none is set. */
  ceilingSatang: z.string().nullable(),
  withinCeilingTotalSatang: z.string(),
});
export type ActionPlanRuleSubject = z.infer<typeof actionPlanRuleSubjectSchema>;
