import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectTransitionInput } from '../../../domain/projects/project-query.js';
import type { Project } from '../../../domain/projects/project-response.js';
import { PROJECT_STATUS_LABELS, type ProjectStatus } from '../../../domain/projects/project.js';
import {
  decideProjectTransition,
  projectReasonRequired,
  type ProjectTransition,
} from '../../../domain/projects/state-machine.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, invalid, staleVersion } from '../../platform/http/errors.js';
import { loadEditableProject, loadVisibleProject, type ProjectRow } from './access.js';
import { presentOne } from './service.js';
import { projects } from './tables.js';

/**
 * A check another feature runs before a move is made, inside the same transaction (the eligibility
 * rules refuse "request" while a blocking rule fails); it throws to refuse.
 */
export type TransitionGuard = (tx: Queryable, project: ProjectRow, to: ProjectStatus) => Promise<void>;

/** The guard another feature hands the registry for the project moves an actor makes (budget's eligibility rules). */
export type TransitionGuardFor = (actor: Actor) => TransitionGuard;

/** Moves one locked, editable project through the state machine and audits the move. */
export async function applyProjectTransition(
  tx: Queryable,
  actor: Actor,
  current: ProjectRow,
  move: { action: ProjectTransition; reason?: string | undefined },
  guard?: TransitionGuard,
): Promise<ProjectRow> {
  const verdict = decideProjectTransition(current.status, move.action);
  if (!verdict.allowed) {
    throw conflict(verdict.message);
  }
  if (projectReasonRequired(move.action) && !move.reason) {
    throw invalid([{ path: 'reason', message: { th: 'กรุณาระบุเหตุผล', en: 'A reason is required' } }]);
  }
  await guard?.(tx, current, verdict.to);
  const [moved] = await tx
    .update(projects)
    .set({
      status: verdict.to,
      statusReason: move.reason ?? null,
      statusChangedAt: new Date(),
      version: current.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(projects.id, current.id))
    .returning();
  if (!moved) {
    throw new Error('update returned no row');
  }
  await recordAudit(tx, actor, {
    entityType: 'project',
    entityId: current.id,
    action: `transition:${move.action}`,
    changes: {
      status: [
        `${current.status} (${PROJECT_STATUS_LABELS[current.status].th})`,
        `${verdict.to} (${PROJECT_STATUS_LABELS[verdict.to].th})`,
      ],
    },
    reason: move.reason ?? null,
    provinceCode: current.provinceCode,
  });
  return moved;
}

/** POST /projects/:id/transitions. */
export async function transitionProject(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: ProjectTransitionInput,
  guard?: TransitionGuard,
): Promise<Project> {
  authorize(actor, 'project.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const current = await loadEditableProject(tx, actor, id);
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    await applyProjectTransition(tx, actor, current, input, guard);
    return presentOne(tx, await loadVisibleProject(tx, actor, id));
  });
}
