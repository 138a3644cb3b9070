import type { Actor } from '../../../domain/auth/policy.js';
import { projectCreateSchema } from '../../../domain/projects/project-input.js';
import { READINESS_ITEMS } from '../../../domain/projects/project.js';
import type { Project } from '../../../domain/projects/project-response.js';
import type { ProjectTransition } from '../../../domain/projects/state-machine.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ReadyPlan } from '../../test/factories.js';
import { createProject, getProject } from '../projects/service.js';
import { transitionProject } from '../projects/transitions.js';
import { requestGuardFor } from './rule-results.js';

/**
 * Test projects for the budget feature, made through the projects service (its routes come with the
 * projects screen): a FY2568 road linked to a ready plan, with every readiness item ready.
 */
export async function createTestProject(
  deps: DatabaseDeps,
  actor: Actor,
  plan: ReadyPlan,
  place: { provinceCode: string; areaCode: string },
  overrides: Record<string, unknown> = {},
): Promise<Project> {
  return createProject(
    deps,
    actor,
    projectCreateSchema.parse({
      fiscalYear: 2568,
      scope: 'province',
      provinceCode: place.provinceCode,
      title: 'ก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านหนองบัว - บ้านโนนสูง',
      budgetType: 'investment',
      category: 'construction',
      locations: [{ areaCode: place.areaCode }],
      links: { planIssueId: plan.issueId, kpiIds: [plan.kpiId], needIds: [], alignment: [] },
      budgetLines: [
        {
          description: 'ถนน คสล. กว้าง 6 ม. ยาว 2,500 ม.',
          budgetType: 'investment',
          category: 'construction',
          amountSatang: '1250000000',
        },
      ],
      readiness: READINESS_ITEMS.map((item) => ({ item, status: 'ready' })),
      ...overrides,
    }),
  );
}

/** Moves a project one step with the eligibility guard the projects transition route applies. */
export async function moveProject(deps: DatabaseDeps, actor: Actor, id: string, action: ProjectTransition) {
  const current = await getProject(deps, actor, id);
  return transitionProject(deps, actor, id, current.version, { action }, requestGuardFor(actor));
}

/** Takes a new project to "in the action plan", one step before the request. */
export async function intoActionPlan(deps: DatabaseDeps, actor: Actor, id: string) {
  for (const action of ['propose', 'check_readiness', 'add_to_action_plan'] as const) {
    await moveProject(deps, actor, id, action);
  }
}
