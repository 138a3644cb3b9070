import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { invalid } from '../../platform/http/errors.js';
import { deleteOrphanLinks } from './alignment-links.js';
import { deleteChildAtVersion, editableChild, ENTITY_NAMES, nextOrderNo, nodeOf } from './children.js';
import { planApproaches, planIssues, planObjectives } from './child-tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

/** The issue a child is put under; it must be in the same version. */
async function issueIn(tx: Queryable, actor: Actor, issueId: string, versionId?: string) {
  const [issue] = await tx.select().from(planIssues).where(eq(planIssues.id, issueId));
  if (versionId !== undefined) {
    if (!issue || issue.planVersionId !== versionId) {
      throw invalid([
        {
          path: 'issueId',
          message: { th: 'ประเด็นการพัฒนาต้องอยู่ในฉบับเดียวกัน', en: 'The issue must be in the same version' },
        },
      ]);
    }
    return issue;
  }
  return (await editableChild(tx, actor, issue, ENTITY_NAMES.issue)).row;
}

/** Adds an objective (เป้าประสงค์) under an issue. */
export async function createObjective(
  deps: DatabaseDeps,
  actor: Actor,
  issueId: string,
  input: { title: string },
) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const issue = await issueIn(tx, actor, issueId);
    const orderNo = await nextOrderNo(tx, planObjectives, eq(planObjectives.issueId, issueId));
    const placement = {
      planVersionId: issue.planVersionId,
      provinceCode: issue.provinceCode,
      clusterId: issue.clusterId,
    };
    const [created] = await tx
      .insert(planObjectives)
      .values({ ...placement, issueId, orderNo, title: input.title })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_objective',
      entityId: created.id,
      action: 'create',
      after: created,
      provinceCode: created.provinceCode,
    });
    return nodeOf(tx, issue.planVersionId, 'objective', created.id);
  });
}

/** Edits an objective or moves it to another issue of the version. */
export async function updateObjective(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: { title?: string; issueId?: string },
) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planObjectives).where(eq(planObjectives.id, id));
    const { row: current } = await editableChild(tx, actor, found, ENTITY_NAMES.objective, expected);
    if (input.issueId) {
      await issueIn(tx, actor, input.issueId, current.planVersionId);
    }
    const [updated] = await tx
      .update(planObjectives)
      .set({ ...input, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(planObjectives.id, id), eq(planObjectives.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, planObjectives, id, ENTITY_NAMES.objective);
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_objective',
      entityId: id,
      action: 'update',
      before: current,
      after: updated,
      provinceCode: current.provinceCode,
    });
    return nodeOf(tx, current.planVersionId, 'objective', id);
  });
}

/** Deletes an objective with its KPIs. */
export async function deleteObjective(deps: DatabaseDeps, actor: Actor, id: string, expected: number) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planObjectives).where(eq(planObjectives.id, id));
    const { row: current } = await editableChild(tx, actor, found, ENTITY_NAMES.objective, expected);
    await deleteChildAtVersion(tx, planObjectives, id, expected, ENTITY_NAMES.objective);
    await deleteOrphanLinks(tx, current.planVersionId);
    await recordAudit(tx, actor, {
      entityType: 'plan_objective',
      entityId: id,
      action: 'delete',
      before: current,
      provinceCode: current.provinceCode,
    });
  });
}

type ApproachInput = { title?: string; description?: string | null; issueId?: string };

/** Adds a development approach (แนวทางการพัฒนา) under an issue. */
export async function createApproach(
  deps: DatabaseDeps,
  actor: Actor,
  issueId: string,
  input: { title: string; description?: string | null },
) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const issue = await issueIn(tx, actor, issueId);
    const orderNo = await nextOrderNo(tx, planApproaches, eq(planApproaches.issueId, issueId));
    const placement = {
      planVersionId: issue.planVersionId,
      provinceCode: issue.provinceCode,
      clusterId: issue.clusterId,
    };
    const [created] = await tx
      .insert(planApproaches)
      .values({ ...placement, issueId, orderNo, title: input.title, description: input.description ?? null })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_approach',
      entityId: created.id,
      action: 'create',
      after: created,
      provinceCode: created.provinceCode,
    });
    return nodeOf(tx, issue.planVersionId, 'approach', created.id);
  });
}

/** Edits an approach or moves it to another issue of the version. */
export async function updateApproach(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: ApproachInput,
) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planApproaches).where(eq(planApproaches.id, id));
    const { row: current } = await editableChild(tx, actor, found, ENTITY_NAMES.approach, expected);
    if (input.issueId) {
      await issueIn(tx, actor, input.issueId, current.planVersionId);
    }
    const [updated] = await tx
      .update(planApproaches)
      .set({ ...input, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(planApproaches.id, id), eq(planApproaches.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, planApproaches, id, ENTITY_NAMES.approach);
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_approach',
      entityId: id,
      action: 'update',
      before: current,
      after: updated,
      provinceCode: current.provinceCode,
    });
    return nodeOf(tx, current.planVersionId, 'approach', id);
  });
}

/** Deletes an approach with its project-set items. */
export async function deleteApproach(deps: DatabaseDeps, actor: Actor, id: string, expected: number) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planApproaches).where(eq(planApproaches.id, id));
    const { row: current } = await editableChild(tx, actor, found, ENTITY_NAMES.approach, expected);
    await deleteChildAtVersion(tx, planApproaches, id, expected, ENTITY_NAMES.approach);
    await deleteOrphanLinks(tx, current.planVersionId);
    await recordAudit(tx, actor, {
      entityType: 'plan_approach',
      entityId: id,
      action: 'delete',
      before: current,
      provinceCode: current.provinceCode,
    });
  });
}
