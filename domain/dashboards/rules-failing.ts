import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { provinceCodeSchema } from '../open-data/query.js';
import { bilingualTextSchema } from '../projects/rules/rule-set.js';
import { PROJECT_STATUSES, type ProjectStatus } from '../projects/project.js';
import { fiscalYearQuery } from '../needs/need-query.js';
import { fiscalYearOf } from '../thai/fiscal-year.js';

/**
 * Projects still on their way to the budget request, where a failing blocking rule stops them: the
 * planner's "rules failing" (a requested or later project has passed them, or was let through).
 */
export const RULE_GATED_STATUSES = [
  'idea',
  'proposal',
  'readiness_checked',
  'in_action_plan',
] as const satisfies readonly ProjectStatus[];

/**
 * GET /dashboards/rules-failing: one budget unit's projects of a fiscal year whose blocking rules
 * fail, a keyset page by code. Each province and each cluster is its own budget unit: a province's
 * own projects (`provinceCode`), or a cluster's projects (`clusterId`), never both.
 */
export const rulesFailingQuery = z
  .object({
    fiscalYear: fiscalYearQuery.default(() => fiscalYearOf(new Date())),
    provinceCode: provinceCodeSchema.optional(),
    clusterId: z.coerce.number().int().min(1).max(9999).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: cursorQuery(z.object({ code: z.string() }).strict()).optional(),
  })
  .superRefine((query, context) => {
    if ((query.provinceCode === undefined) === (query.clusterId === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['provinceCode'],
        ...bilingualMessage(
          'ระบุจังหวัด (provinceCode) หรือกลุ่มจังหวัด (clusterId) อย่างใดอย่างหนึ่ง',
          'Give either a province (provinceCode) or a cluster (clusterId), not both',
        ),
      });
    }
  });
export type RulesFailingQuery = z.output<typeof rulesFailingQuery>;

export const rulesFailingSchema = z.object({
  fiscalYear: z.number().int(),
  /** The budget unit listed: a province, or a cluster (the other null). */
  provinceCode: z.string().nullable(),
  clusterId: z.number().int().nullable(),
  items: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      status: z.enum(PROJECT_STATUSES),
      /** The blocking rules that fail, by their label. */
      failing: z.array(bilingualTextSchema),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type RulesFailing = z.infer<typeof rulesFailingSchema>;
export type RulesFailingProject = RulesFailing['items'][number];
