import type { Actor } from '../../../domain/auth/policy.js';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { ProjectStatus } from '../../../domain/projects/project.js';
import { blockingFailures } from '../../../domain/projects/rules/evaluate.js';
import type { Queryable } from '../../platform/db/client.js';
import { listProjectsFor, loadProjectsByIds, provinceProjectsPage } from '../projects/public.js';
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

type FailingWhere = { fiscalYear: number; provinceCode: string; statuses: readonly ProjectStatus[] };

/** Those of the projects whose blocking rules fail by their year's published rule set, by code. */
async function failingAmong(tx: Queryable, actor: Actor, ids: readonly string[]): Promise<FailingProject[]> {
  const failing: FailingProject[] = [];
  for (const project of await loadProjectsByIds(tx, actor, ids)) {
    const blocking = blockingFailures((await evaluateProject(tx, project)).results);
    if (blocking.length > 0) {
      const { id, code, title, status } = project;
      failing.push({ id, code, title, status, failing: blocking.map((result) => result.label) });
    }
  }
  return failing.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * A province's own projects of a fiscal year, in the given statuses, whose blocking rules fail by the
 * year's published rule set: all of them, for the planner home's count. Rules are judged on read
 * (never stored), so this evaluates each project of the province on its way to the request.
 */
export async function projectsFailingRules(
  tx: Queryable,
  actor: Actor,
  where: FailingWhere,
): Promise<FailingProject[]> {
  const candidates = (await listProjectsFor(tx, actor, where)).filter((project) =>
    where.statuses.includes(project.status),
  );
  return failingAmong(
    tx,
    actor,
    candidates.map((candidate) => candidate.id),
  );
}

/**
 * A keyset page (by code, after `after`) of those projects: candidates walk the province-year code
 * index a round at a time and are judged until the page is full, so a page judges as many projects
 * as it needs to fill, not the whole province.
 */
export async function projectsFailingRulesPage(
  tx: Queryable,
  actor: Actor,
  where: FailingWhere,
  page: { after: string | undefined; limit: number },
): Promise<{ items: FailingProject[]; more: boolean }> {
  // A round judges as many candidates as a full page needs when every one of them fails.
  const perRound = page.limit + 1;
  const found: FailingProject[] = [];
  let after = page.after;
  for (;;) {
    const candidates = await provinceProjectsPage(tx, actor, where, { after, limit: perRound });
    const round = candidates.slice(0, perRound);
    found.push(
      ...(await failingAmong(
        tx,
        actor,
        round.map((candidate) => candidate.id),
      )),
    );
    if (found.length > page.limit || candidates.length <= perRound) {
      return { items: found.slice(0, page.limit), more: found.length > page.limit };
    }
    after = round.at(-1)?.code;
  }
}
