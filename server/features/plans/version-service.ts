import { and, eq } from 'drizzle-orm';
import { decide, type Actor } from '../../../domain/auth/policy.js';
import type { PlanVersionUpdateInput } from '../../../domain/plans/plan-input.js';
import type { IssueOrder, VersionTree } from '../../../domain/plans/responses.js';
import type { PlanVersionFields } from '../../../domain/plans/tree.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { invalid, staleVersion } from '../../platform/http/errors.js';
import { loadEditableVersion, loadVisibleVersion, PLAN_VERSION } from './access.js';
import { actionsFor, readinessOf, stepsOf } from './changes.js';
import { planIssues } from './child-tables.js';
import { presentPlanVersion } from './presenter.js';
import { planVersions } from './tables.js';
import { loadPlanVersionTree } from './tree.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

/** The whole tree of a version with its approval history, the actor's actions and readiness problems. */
export async function getVersionTree(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
): Promise<VersionTree> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const visible = await loadVisibleVersion(tx, actor, versionId);
    const tree = await loadPlanVersionTree(tx, versionId);
    const { problems, diff } = await readinessOf(tx, tree);
    const steps = await stepsOf(tx, visible.plan.scope);
    return {
      ...tree,
      memberProvinceCodes: visible.members,
      availableActions: actionsFor(actor, visible.version.status, steps, visible.standing),
      canEdit:
        decide(actor, 'plan.edit').allowed && visible.standing.capture && visible.version.status === 'draft',
      readiness: { ready: problems.length === 0, problems },
      changeSummary: diff
        ? {
            basedOnVersionId: tree.version.basedOnVersionId,
            counts: diff.counts,
            unexplained: diff.unexplained,
          }
        : null,
    };
  });
}

/** Edits the vision, development goal and development data of a draft version. */
export async function updatePlanVersion(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  expected: number,
  input: Omit<PlanVersionUpdateInput, 'version'>,
): Promise<PlanVersionFields> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { version: current } = await loadEditableVersion(tx, actor, versionId);
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const [updated] = await tx
      .update(planVersions)
      .set({
        ...input,
        keyFigures: input.keyFigures?.map((figure) => ({
          label: figure.label,
          value: figure.value,
          unit: figure.unit ?? null,
          year: figure.year ?? null,
          source: figure.source ?? null,
        })),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(planVersions.id, versionId), eq(planVersions.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, planVersions, versionId, PLAN_VERSION);
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_version',
      entityId: versionId,
      action: 'update',
      before: presentPlanVersion(current),
      after: presentPlanVersion(updated),
      provinceCode: updated.provinceCode,
    });
    return presentPlanVersion(updated);
  });
}

/** Puts a version's issues in the given order; the list must name every issue once. */
export async function reorderIssues(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  expected: number,
  ids: string[],
): Promise<IssueOrder> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { version: current } = await loadEditableVersion(tx, actor, versionId);
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const issues = await tx
      .select({ id: planIssues.id, orderNo: planIssues.orderNo })
      .from(planIssues)
      .where(eq(planIssues.planVersionId, versionId));
    const known = new Set(issues.map((issue) => issue.id));
    if (ids.length !== known.size || ids.some((id) => !known.has(id))) {
      throw invalid([
        {
          path: 'ids',
          message: {
            th: 'ต้องระบุประเด็นการพัฒนาทุกประเด็นของฉบับนี้ครบและไม่ซ้ำ',
            en: 'List every issue of this version exactly once',
          },
        },
      ]);
    }
    for (const [index, id] of ids.entries()) {
      await tx
        .update(planIssues)
        .set({ orderNo: index + 1, updatedAt: new Date() })
        .where(eq(planIssues.id, id));
    }
    const [updated] = await tx
      .update(planVersions)
      .set({ version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(planVersions.id, versionId), eq(planVersions.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, planVersions, versionId, PLAN_VERSION);
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_version',
      entityId: versionId,
      action: 'reorder_issues',
      changes: { issueOrder: [issues.sort((a, b) => a.orderNo - b.orderNo).map((issue) => issue.id), ids] },
      provinceCode: updated.provinceCode,
    });
    return { ids, version: updated.version };
  });
}
