import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectCreateInput, ProjectUpdateInput } from '../../../domain/projects/project-input.js';
import type { Project } from '../../../domain/projects/project-response.js';
import {
  BUDGET_LOCKED_MESSAGE,
  isBudgetLocked,
  isProjectFinal,
} from '../../../domain/projects/state-machine.js';
import { sumSatang } from '../../../domain/projects/totals.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, staleVersion } from '../../platform/http/errors.js';
import { memberProvincesOf } from '../plans/public.js';
import {
  loadEditableProject,
  loadVisibleProject,
  placementOf,
  type ProjectPlacement,
  type ProjectRow,
} from './access.js';
import { presentProjectRows } from './present-rows.js';
import { assertProjectReferences } from './references.js';
import { projects } from './tables.js';
import { insertProjects, projectSearchDocument, replaceChildren } from './writes.js';

/** The provinces a project's areas and shares may lie in: its own, or its cluster's members. */
export async function projectProvinces(tx: Queryable, placement: ProjectPlacement): Promise<string[]> {
  return placement.clusterId === null ? [placement.provinceCode] : memberProvincesOf(tx, placement.clusterId);
}

/** One whole record as the reader sees it. */
export async function presentOne(tx: Queryable, row: ProjectRow): Promise<Project> {
  const [project] = await presentProjectRows(tx, [row]);
  if (!project) {
    throw new Error('present returned no project');
  }
  return project;
}

/** Creates a project in the actor's capture scope, with every child list and reference checked. */
export async function createProject(
  deps: DatabaseDeps,
  actor: Actor,
  input: ProjectCreateInput,
): Promise<Project> {
  authorize(actor, 'project.edit');
  return inActorTransaction(deps.database, actor, (tx) => createProjectIn(tx, actor, input));
}

/** The same inside a caller's transaction (creation from a project-set item). */
export async function createProjectIn(
  tx: Queryable,
  actor: Actor,
  input: ProjectCreateInput,
): Promise<Project> {
  const placement = await placementOf(tx, input);
  authorize(actor, 'project.edit', placement.provinceCode);
  await assertProjectReferences(tx, await projectProvinces(tx, placement), input);
  const { locations, provinceShares, budgetLines, schedule, outputs, readiness, links, ...own } = input;
  const [created] = await insertProjects(tx, actor.userId, [{ ...own, placement, links, budgetLines }]);
  if (!created) {
    throw new Error('insert returned no row');
  }
  await replaceChildren(tx, [
    {
      id: created.id,
      placement,
      children: { locations, provinceShares, links, budgetLines, schedule, outputs, readiness },
    },
  ]);
  const project = await presentOne(tx, created);
  await recordAudit(tx, actor, {
    entityType: 'project',
    entityId: created.id,
    action: 'create',
    after: project,
    provinceCode: created.provinceCode,
  });
  return project;
}

export async function getProject(deps: DatabaseDeps, actor: Actor, id: string): Promise<Project> {
  return inActorTransaction(deps.database, actor, async (tx) =>
    presentOne(tx, await loadVisibleProject(tx, actor, id)),
  );
}

/**
 * Edits a project. Budget lines and the schedule are frozen once the money is allocated: a change of
 * item then needs an approved change request, which does not exist yet, so such edits are refused.
 */
export async function updateProject(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: ProjectUpdateInput,
): Promise<Project> {
  authorize(actor, 'project.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const current = await loadEditableProject(tx, actor, id);
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    if (isProjectFinal(current.status)) {
      throw conflict({
        th: 'โครงการที่ปิดหรือยกเลิกแล้วแก้ไขไม่ได้',
        en: 'A closed or cancelled project cannot be edited',
      });
    }
    if ((input.budgetLines !== undefined || input.schedule !== undefined) && isBudgetLocked(current.status)) {
      throw conflict(BUDGET_LOCKED_MESSAGE);
    }
    const placement = { provinceCode: current.provinceCode, clusterId: current.clusterId };
    await assertProjectReferences(tx, await projectProvinces(tx, placement), input);
    const before = await presentOne(tx, current);
    const {
      version: _version,
      locations,
      provinceShares,
      budgetLines,
      schedule,
      outputs,
      readiness,
      links,
      ...own
    } = input;
    const title = own.title ?? current.title;
    const objective = own.objective === undefined ? current.objective : own.objective;
    await tx
      .update(projects)
      .set({
        ...own,
        ...(links
          ? {
              planItemId: links.planItemId ?? null,
              planIssueId: links.planIssueId ?? null,
              planApproachId: links.planApproachId ?? null,
            }
          : {}),
        ...(budgetLines ? { totalSatang: sumSatang(budgetLines) } : {}),
        searchTokens: projectSearchDocument(current.code, title, objective),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(projects.id, id));
    await replaceChildren(tx, [
      {
        id,
        placement,
        children: { locations, provinceShares, links, budgetLines, schedule, outputs, readiness },
      },
    ]);
    const after = await presentOne(tx, await loadVisibleProject(tx, actor, id));
    await recordAudit(tx, actor, {
      entityType: 'project',
      entityId: id,
      action: 'update',
      before,
      after,
      provinceCode: current.provinceCode,
    });
    return after;
  });
}
