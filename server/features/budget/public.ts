import type { Actor } from '../../../domain/auth/policy.js';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { ProjectStatus } from '../../../domain/projects/project.js';
import { blockingFailures } from '../../../domain/projects/rules/evaluate.js';
import type { Queryable } from '../../platform/db/client.js';
import { listProjectsFor, loadProjectsByIds } from '../projects/public.js';
import { evaluateProject } from './rule-results.js';

/**
 * What other features (and the registry) use of budget: the guard the projects feature runs on an
 * actor's move, refusing "requested" while a blocking eligibility rule fails; for the dashboards,
 * the projects whose blocking rules fail. Each runs inside the caller's actor transaction.
 */
export { requestGuardFor } from './rule-results.js';

/** A project whose blocking rules fail, with those rules' labels. */
export type FailingProject = {
  id: string;
  code: string;
  title: string;
  status: ProjectStatus;
  failing: Bilingual[];
};

/**
 * A province's own projects of a fiscal year, in the given statuses, whose blocking rules fail by the
 * year's published rule set, by code. Rules are judged on read (never stored), so this evaluates each
 * project: one province's projects on their way to the request, not a national list.
 */
export async function projectsFailingRules(
  tx: Queryable,
  actor: Actor,
  where: { fiscalYear: number; provinceCode: string; statuses: readonly ProjectStatus[] },
): Promise<FailingProject[]> {
  const candidates = (await listProjectsFor(tx, actor, where)).filter((project) =>
    where.statuses.includes(project.status),
  );
  const failing: FailingProject[] = [];
  for (const project of await loadProjectsByIds(
    tx,
    actor,
    candidates.map((candidate) => candidate.id),
  )) {
    const blocking = blockingFailures((await evaluateProject(tx, project)).results);
    if (blocking.length > 0) {
      const { id, code, title, status } = project;
      failing.push({ id, code, title, status, failing: blocking.map((result) => result.label) });
    }
  }
  return failing;
}
