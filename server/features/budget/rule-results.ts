import type { Actor } from '../../../domain/auth/policy.js';
import {
  PROJECT_CATEGORY_LABELS,
  READINESS_ITEM_LABELS,
  type ProjectStatus,
} from '../../../domain/projects/project.js';
import type { Project } from '../../../domain/projects/project-response.js';
import { blockingFailures, evaluateProjectRules } from '../../../domain/projects/rules/evaluate.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import { ruleSubjectSchema } from '../../../domain/projects/rules/subject.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { loadProjectsByIds, type TransitionGuard } from '../projects/public.js';
import { ruleContextOf } from './rule-context.js';
import { selectActiveRuleSet } from './rule-set-store.js';

const LABELS = { readinessItems: READINESS_ITEM_LABELS, categories: PROJECT_CATEGORY_LABELS };

/** Judges one project by the published rule set of its fiscal year (evaluated on read, never stored). */
export async function evaluateProject(tx: Queryable, project: Project): Promise<RuleResults> {
  const ruleSet = await selectActiveRuleSet(tx, project.fiscalYear);
  if (!ruleSet) {
    return { subjectId: project.id, ruleSet: null, results: [], blockingCount: 0 };
  }
  const subject = ruleSubjectSchema.parse({ ...project, ...(await ruleContextOf(tx, project)) });
  const results = evaluateProjectRules(ruleSet.rules, subject, LABELS);
  return {
    subjectId: project.id,
    ruleSet: { id: ruleSet.id, fiscalYear: ruleSet.fiscalYear, revision: ruleSet.revision },
    results,
    blockingCount: blockingFailures(results).length,
  };
}

async function loadProject(tx: Queryable, actor: Actor, projectId: string): Promise<Project> {
  const [project] = await loadProjectsByIds(tx, actor, [projectId]);
  if (!project) {
    throw notFound({ th: 'โครงการ', en: 'Project' });
  }
  return project;
}

/** GET /projects/:id/rule-results. */
export async function getProjectRuleResults(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
): Promise<RuleResults> {
  authorize(actor, 'budget.read');
  return inActorTransaction(deps.database, actor, async (tx) =>
    evaluateProject(tx, await loadProject(tx, actor, projectId)),
  );
}

/**
 * Refuses (409, listing each failing rule with its explanation and citation) while a blocking rule
 * fails: the projects transition service runs it before a project becomes "requested".
 */
export async function assertRequestable(tx: Queryable, actor: Actor, projectId: string): Promise<void> {
  const evaluation = await evaluateProject(tx, await loadProject(tx, actor, projectId));
  const failing = blockingFailures(evaluation.results);
  if (failing.length > 0) {
    throw conflict(
      {
        th: `ยังเสนอของบประมาณไม่ได้ เกณฑ์บังคับไม่ผ่าน ${failing.length} ข้อ: ${failing.map((r) => r.label.th).join(', ')}`,
        en: `Cannot be requested: ${failing.length} blocking rule(s) fail: ${failing.map((r) => r.label.en).join(', ')}`,
      },
      { failingRules: failing },
    );
  }
}

/** The guard the projects feature runs on every move: only the move to "requested" is judged. */
export function requestGuardFor(actor: Actor): TransitionGuard {
  return async (tx, project, to: ProjectStatus) => {
    if (to === 'requested') {
      await assertRequestable(tx, actor, project.id);
    }
  };
}
