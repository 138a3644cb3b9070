import { eq } from 'drizzle-orm';
import type { CandidateList } from '../../../domain/action-plans/responses.js';
import type { ProposalInput } from '../../../domain/action-plans/schemas.js';
import type { ActionPlanDetail } from '../../../domain/action-plans/responses.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { projectCreateSchema } from '../../../domain/projects/project-input.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { createProjectIn, listProjectsFor } from '../projects/public.js';
import { loadEditableActionPlan, loadVisibleActionPlan } from './access.js';
import { addEntry } from './entry-service.js';
import { actionPlanEntries } from './tables.js';

/** Projects of the plan's budget unit and year (the project-set list's projects among them) not yet on the board. */
export async function listCandidates(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
): Promise<CandidateList> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { plan } = await loadVisibleActionPlan(tx, actor, planId);
    const onBoard = new Set(
      (
        await tx
          .select({ projectId: actionPlanEntries.projectId })
          .from(actionPlanEntries)
          .where(eq(actionPlanEntries.actionPlanId, plan.id))
      ).map((row) => row.projectId),
    );
    const owner =
      plan.clusterId === null ? { provinceCode: plan.provinceCode } : { clusterId: plan.clusterId };
    const projects = await listProjectsFor(tx, actor, { fiscalYear: plan.fiscalYear, ...owner });
    return {
      items: projects
        .filter((project) => !onBoard.has(project.id))
        .map(({ id, code, title, status, totalSatang, planItemId }) => ({
          id,
          code,
          title,
          status,
          totalSatang,
          planItemId,
        })),
    };
  });
}

/** Proposes a new project (through the projects service) and puts it on the board, in one go. */
export async function proposeProject(
  deps: DatabaseDeps,
  actor: Actor,
  planId: string,
  input: ProposalInput,
): Promise<ActionPlanDetail> {
  const projectId = await inActorTransaction(deps.database, actor, async (tx) => {
    const { plan } = await loadEditableActionPlan(tx, actor, planId);
    const project = await createProjectIn(
      tx,
      actor,
      projectCreateSchema.parse({
        fiscalYear: plan.fiscalYear,
        scope: plan.scope,
        ...(plan.clusterId === null ? { provinceCode: plan.provinceCode } : { clusterId: plan.clusterId }),
        title: input.title,
        budgetType: input.budgetType,
        category: input.category,
        budgetLines: [
          {
            description: input.title,
            budgetType: input.budgetType,
            category: input.category,
            amountSatang: input.amountSatang,
          },
        ],
      }),
    );
    return project.id;
  });
  return addEntry(deps, actor, planId, { projectId, entryClass: input.entryClass });
}
