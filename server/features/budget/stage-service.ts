import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectStages } from '../../../domain/budget/stage-responses.js';
import {
  BUDGET_STAGES,
  cutAt,
  stageProblems,
  type BudgetStage,
  type StageAmount,
  type StageRecordInput,
} from '../../../domain/budget/stages.js';
import type { Project } from '../../../domain/projects/project-response.js';
import type { ProjectStatus } from '../../../domain/projects/project.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import {
  conflict,
  invalid,
  notFound,
  preconditionRequired,
  staleVersion,
} from '../../platform/http/errors.js';
import { loadProjectsByIds, setProjectStatus } from '../projects/public.js';
import { presentProjectStages } from './stage-presenter.js';
import { projectBudgetStages } from './stage-tables.js';

type StageRow = typeof projectBudgetStages.$inferSelect;

/** Statuses from which a project's budget amounts may be recorded: it has been requested. */
const RECORDABLE: readonly ProjectStatus[] = [
  'requested',
  'in_draft_bill',
  'allocated',
  'spending',
  'completed',
  'cut',
];

async function loadProject(tx: Queryable, actor: Actor, id: string): Promise<Project> {
  const [project] = await loadProjectsByIds(tx, actor, [id]);
  if (!project) {
    throw notFound({ th: 'โครงการ', en: 'Project' });
  }
  return project;
}

async function stageRowsOf(tx: Queryable, projectId: string, forUpdate = false): Promise<StageRow[]> {
  const query = tx
    .select()
    .from(projectBudgetStages)
    .where(eq(projectBudgetStages.projectId, projectId))
    .orderBy(asc(projectBudgetStages.recordedAt));
  return forUpdate ? query.for('update') : query;
}

/** GET /projects/:id/budget-stages. */
export async function getProjectStages(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
): Promise<ProjectStages> {
  authorize(actor, 'budget.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadProject(tx, actor, projectId);
    return presentProjectStages(project, await stageRowsOf(tx, projectId));
  });
}

const amountsOf = (rows: readonly StageRow[]): StageAmount[] =>
  rows.map((row) => ({ stage: row.stage, amountSatang: row.amountSatang, cutReason: row.cutReason }));

/** The grouping columns a stage row copies from its project. */
function groupingOf(project: Project) {
  const district = project.locations.map((location) => location.areaCode).find((code) => code.length >= 4);
  return {
    provinceCode: project.provinceCode,
    clusterId: project.clusterId,
    fiscalYear: project.fiscalYear,
    budgetType: project.budgetType,
    planIssueId: project.links.planIssueId,
    agencyId: project.implementingAgencyId,
    districtCode: district ? district.slice(0, 4) : null,
  };
}

/** The lifecycle move a stage brings, when the project is where that move starts. */
function moveFor(stage: BudgetStage, amount: bigint, status: ProjectStatus) {
  if (stage === 'draft_bill' && status === 'requested') {
    return { action: 'include_in_draft_bill' as const };
  }
  if (stage === 'enacted' && status === 'in_draft_bill') {
    return { action: amount > 0n ? ('allocate' as const) : ('cut' as const) };
  }
  return null;
}

/**
 * Records (or corrects, with If-Match) one stage's amount. A cut below the previous stage needs its
 * reason; the cut of this stage and the next is kept in step; the draft bill and the enacted amount
 * move the project to "in draft bill" and "allocated" through the projects service. Audited.
 */
export async function recordStage(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  stage: BudgetStage,
  expected: number | undefined,
  input: Omit<StageRecordInput, 'version'>,
): Promise<ProjectStages> {
  authorize(actor, 'budget.record');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadProject(tx, actor, projectId);
    authorize(actor, 'budget.record', project.provinceCode);
    if (!RECORDABLE.includes(project.status)) {
      throw conflict({
        th: 'ยังบันทึกวงเงินไม่ได้ ต้องเสนอของบประมาณโครงการก่อน (สถานะ "เสนอของบประมาณแล้ว")',
        en: 'The project must be requested before its budget amounts are recorded',
      });
    }
    const rows = await stageRowsOf(tx, projectId, true);
    const current = rows.find((row) => row.stage === stage);
    if (current && expected === undefined) {
      throw preconditionRequired();
    }
    if (current && current.version !== expected) {
      throw staleVersion(current.version);
    }
    const cutReason = input.cutReason?.trim() || null;
    const next: StageAmount = { stage, amountSatang: BigInt(input.amountSatang), cutReason };
    const others = amountsOf(rows.filter((row) => row.stage !== stage));
    const problems = stageProblems(others, next);
    const order = problems.find((problem) => problem.kind === 'order');
    if (order) {
      throw conflict(order.message);
    }
    if (problems.length > 0) {
      throw invalid(problems.map((problem) => ({ path: 'cutReason', message: problem.message })));
    }
    const after = [...others, next];
    const values = {
      ...groupingOf(project),
      amountSatang: next.amountSatang,
      cutSatang: cutAt(after, stage) ?? 0n,
      cutReason,
      recordedBy: actor.userId,
      recordedAt: new Date(),
      updatedAt: new Date(),
    };
    if (current) {
      await tx
        .update(projectBudgetStages)
        .set({ ...values, version: current.version + 1 })
        .where(eq(projectBudgetStages.id, current.id));
    } else {
      await tx.insert(projectBudgetStages).values({ ...values, projectId, stage });
    }
    const following = BUDGET_STAGES[BUDGET_STAGES.indexOf(stage) + 1];
    const nextRow = rows.find((row) => row.stage === following);
    if (following && nextRow) {
      await tx
        .update(projectBudgetStages)
        .set({ cutSatang: cutAt(after, following) ?? 0n })
        .where(eq(projectBudgetStages.id, nextRow.id));
    }
    await recordAudit(tx, actor, {
      entityType: 'project_budget_stage',
      entityId: projectId,
      action: current ? `correct:${stage}` : `record:${stage}`,
      changes: { [stage]: [current ? String(current.amountSatang) : null, input.amountSatang] },
      reason: cutReason,
      provinceCode: project.provinceCode,
    });
    const move = moveFor(stage, next.amountSatang, project.status);
    if (move) {
      await setProjectStatus(tx, actor, projectId, { ...move, reason: cutReason ?? undefined });
    }
    return presentProjectStages(project, await stageRowsOf(tx, projectId));
  });
}
