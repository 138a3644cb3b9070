import { z } from 'zod';
import { ruleResultSchema } from './evaluate.js';

/** The rule results a project or an action plan shows, with the set they were judged by. */
export const ruleResultsSchema = z.object({
  subjectId: z.uuid(),
  /** The published set of the subject's fiscal year; null when that year has none (nothing judged). */
  ruleSet: z.object({ id: z.uuid(), fiscalYear: z.number().int(), revision: z.number().int() }).nullable(),
  results: z.array(ruleResultSchema),
  /** How many blocking rules fail: while above zero the project cannot be requested. */
  blockingCount: z.number().int(),
});
export type RuleResults = z.infer<typeof ruleResultsSchema>;
