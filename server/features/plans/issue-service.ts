import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { loadEditableVersion } from './access.js';
import { deleteOrphanLinks, replaceAlignment, type LinkInput } from './alignment-links.js';
import { deleteChildAtVersion, editableChild, ENTITY_NAMES, nextOrderNo, nodeOf } from './children.js';
import { planIssues } from './child-tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

type IssueInput = { title?: string; description?: string | null; alignment?: LinkInput[] };

/** Adds a development issue at the end of a draft version. */
export async function createIssue(
  deps: DatabaseDeps,
  actor: Actor,
  versionId: string,
  input: IssueInput & { title: string },
) {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { placement } = await loadEditableVersion(tx, actor, versionId);
    const orderNo = await nextOrderNo(tx, planIssues, eq(planIssues.planVersionId, versionId));
    const [created] = await tx
      .insert(planIssues)
      .values({ ...placement, orderNo, title: input.title, description: input.description ?? null })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    if (input.alignment) {
      await replaceAlignment(tx, placement, 'issue', created.id, input.alignment, 'alignment');
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_issue',
      entityId: created.id,
      action: 'create',
      after: created,
      provinceCode: placement.provinceCode,
    });
    return nodeOf(tx, versionId, 'issue', created.id);
  });
}

/** Edits an issue's title, description or alignment. */
export async function updateIssue(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: IssueInput,
  alignmentPath = 'alignment',
) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planIssues).where(eq(planIssues.id, id));
    const { row: current, visible } = await editableChild(tx, actor, found, ENTITY_NAMES.issue, expected);
    const { alignment, ...fields } = input;
    const [updated] = await tx
      .update(planIssues)
      .set({ ...fields, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(planIssues.id, id), eq(planIssues.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, planIssues, id, ENTITY_NAMES.issue);
    }
    if (alignment) {
      await replaceAlignment(tx, visible.placement, 'issue', id, alignment, alignmentPath);
    }
    await recordAudit(tx, actor, {
      entityType: 'plan_issue',
      entityId: id,
      action: 'update',
      before: current,
      after: updated,
      provinceCode: current.provinceCode,
    });
    return nodeOf(tx, current.planVersionId, 'issue', id);
  });
}

/** Replaces an issue's alignment links. */
export async function putIssueAlignment(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  links: LinkInput[],
) {
  return updateIssue(deps, actor, id, expected, { alignment: links }, 'links');
}

/** Deletes an issue with its objectives, KPIs, approaches and items. */
export async function deleteIssue(deps: DatabaseDeps, actor: Actor, id: string, expected: number) {
  authorize(actor, 'plan.edit');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [found] = await tx.select().from(planIssues).where(eq(planIssues.id, id));
    const { row: current } = await editableChild(tx, actor, found, ENTITY_NAMES.issue, expected);
    await deleteChildAtVersion(tx, planIssues, id, expected, ENTITY_NAMES.issue);
    await deleteOrphanLinks(tx, current.planVersionId);
    await recordAudit(tx, actor, {
      entityType: 'plan_issue',
      entityId: id,
      action: 'delete',
      before: current,
      provinceCode: current.provinceCode,
    });
  });
}
