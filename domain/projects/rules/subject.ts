import { z } from 'zod';
import { actionPlanSummarySchema, actionPlanTotalsSchema } from '../../action-plans/responses.js';
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

/**
 * An action plan's totals, for the rules that judge the plan rather than one project: what counts
 * against the ceiling (within-ceiling and administration money) and the ceiling, as the board has them.
 */
export const actionPlanRuleSubjectSchema = actionPlanTotalsSchema
  .pick({ ceilingSatang: true, againstCeilingSatang: true })
  .extend(actionPlanSummarySchema.pick({ id: true, fiscalYear: true }).shape);
export type ActionPlanRuleSubject = z.infer<typeof actionPlanRuleSubjectSchema>;
