import type { Actor } from '../../../domain/auth/policy.js';
import { blockingFailures, evaluateActionPlanRules } from '../../../domain/projects/rules/evaluate.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import { actionPlanRuleSubjectSchema } from '../../../domain/projects/rules/subject.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { getActionPlan } from '../action-plans/public.js';
import { selectActiveRuleSet } from './rule-set-store.js';

/** GET /action-plans/:id/rule-results: the plan-level rules (within the ceiling) on the board's totals. */
export async function getActionPlanRuleResults(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
): Promise<RuleResults> {
  authorize(actor, 'budget.read');
  const board = await getActionPlan(deps, actor, id);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const ruleSet = await selectActiveRuleSet(tx, board.plan.fiscalYear);
    if (!ruleSet) {
      return { subjectId: board.plan.id, ruleSet: null, results: [], blockingCount: 0 };
    }
    const subject = actionPlanRuleSubjectSchema.parse({ ...board.plan, ...board.totals });
    const results = evaluateActionPlanRules(ruleSet.rules, subject);
    return {
      subjectId: board.plan.id,
      ruleSet: { id: ruleSet.id, fiscalYear: ruleSet.fiscalYear, revision: ruleSet.revision },
      results,
      blockingCount: blockingFailures(results).length,
    };
  });
}
