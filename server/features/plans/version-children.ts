import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ItemInput } from '../../../domain/plans/plan-children-input.js';
import type { KpiDirection, KpiRollup } from '../../../domain/plans/plan.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { invalid } from '../../platform/http/errors.js';
import { loadVisibleVersion } from './access.js';
import { planApproaches, planIssues, planObjectives } from './child-tables.js';
import { createItem } from './item-service.js';
import { createKpi } from './kpi-service.js';
import { createApproach, createObjective } from './structure-service.js';

type ParentKind = 'issueId' | 'objectiveId' | 'approachId';

async function versionOfParent(tx: Queryable, kind: ParentKind, id: string): Promise<string | undefined> {
  const table = { issueId: planIssues, objectiveId: planObjectives, approachId: planApproaches }[kind];
  const [row] = await tx.select({ versionId: table.planVersionId }).from(table).where(eq(table.id, id));
  return row?.versionId;
}

/** The parent named in the body must belong to the version in the path. */
async function assertParentIn(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  kind: ParentKind,
  parentId: string,
) {
  await inActorTransaction(deps.database, actor, async (tx) => {
    await loadVisibleVersion(tx, actor, versionId);
    if ((await versionOfParent(tx, kind, parentId)) !== versionId) {
      throw invalid([
        { path: kind, message: { th: 'รายการแม่ต้องอยู่ในฉบับนี้', en: 'The parent must belong to this version' } },
      ]);
    }
  });
}

/** POST /plan-versions/:id/objectives with the issue in the body (same as POST /plan-issues/:id/objectives). */
export async function createObjectiveIn(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  input: { issueId: string; title: string },
) {
  await assertParentIn(deps, actor, versionId, 'issueId', input.issueId);
  return createObjective(deps, actor, input.issueId, { title: input.title });
}

/** POST /plan-versions/:id/approaches with the issue in the body. */
export async function createApproachIn(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  input: { issueId: string; title: string; description?: string | null },
) {
  await assertParentIn(deps, actor, versionId, 'issueId', input.issueId);
  const { issueId, ...fields } = input;
  return createApproach(deps, actor, issueId, fields);
}

/** POST /plan-versions/:id/kpis with the objective in the body. */
export async function createKpiIn(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  input: Parameters<typeof createKpi>[3] & {
    objectiveId: string;
    name: string;
    unit: string;
    direction: KpiDirection;
    rollup: KpiRollup;
  },
) {
  await assertParentIn(deps, actor, versionId, 'objectiveId', input.objectiveId);
  const { objectiveId, ...fields } = input;
  return createKpi(deps, actor, objectiveId, fields);
}

/** POST /plan-versions/:id/items with the approach in the body. */
export async function createItemIn(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  input: ItemInput & { approachId: string },
) {
  await assertParentIn(deps, actor, versionId, 'approachId', input.approachId);
  const { approachId, ...fields } = input;
  return createItem(deps, actor, approachId, fields);
}
