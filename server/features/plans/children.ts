import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../domain/auth/policy.js';
import { flattenTree } from '../../../domain/plans/flatten.js';
import type { PlanEntityType } from '../../../domain/plans/plan.js';
import type { PlanNodeByType } from '../../../domain/plans/tree.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { lostVersionRace, type VersionedTable } from '../../platform/db/version-race.js';
import type { Bilingual } from '../../platform/http/errors.js';
import { notFound, staleVersion } from '../../platform/http/errors.js';
import { assertCanEdit, assertDraft, findVisibleVersion, type VisibleVersion } from './access.js';
import { loadPlanVersionTree } from './tree.js';

export const ENTITY_NAMES: Record<PlanEntityType, Bilingual> = {
  issue: { th: 'ประเด็นการพัฒนา', en: 'Development issue' },
  objective: { th: 'เป้าประสงค์', en: 'Objective' },
  kpi: { th: 'ตัวชี้วัด', en: 'KPI' },
  approach: { th: 'แนวทางการพัฒนา', en: 'Development approach' },
  item: { th: 'รายการชุดโครงการ', en: 'Project-set item' },
};

type ChildRow = { planVersionId: string; version: number };

/** A child the actor may read, or 404 (its plan out of scope reads as not found too). */
export async function visibleChild<R extends ChildRow>(
  tx: Queryable,
  actor: Actor,
  row: R | undefined,
  what: Bilingual,
) {
  authorize(actor, 'plan.read');
  if (!row) {
    throw notFound(what);
  }
  const visible = await findVisibleVersion(tx, actor, row.planVersionId);
  if (!visible) {
    throw notFound(what);
  }
  return { row, visible };
}

/** A child the actor may change: visible (404), editable (403), in a draft (409) and unchanged since read (412). */
export async function editableChild<R extends ChildRow>(
  tx: Queryable,
  actor: Actor,
  row: R | undefined,
  what: Bilingual,
  expected?: number,
): Promise<{ row: R; visible: VisibleVersion }> {
  const found = await visibleChild(tx, actor, row, what);
  assertCanEdit(actor, found.visible);
  assertDraft(found.visible.version);
  if (expected !== undefined && found.row.version !== expected) {
    throw staleVersion(found.row.version);
  }
  return found;
}

/**
 * Deletes a child at the version its editor read, as the updates do: a change committed while this
 * delete waited on the row leaves nothing to delete, and the answer is 412 with the current version.
 */
export async function deleteChildAtVersion(
  tx: Queryable,
  table: VersionedTable,
  id: string,
  expected: number,
  what: Bilingual,
): Promise<void> {
  const deleted = await tx
    .delete(table)
    .where(and(eq(table.id, id), eq(table.version, expected)))
    .returning({ id: table.id });
  if (deleted.length === 0) {
    throw await lostVersionRace(tx, table, id, what);
  }
}

/** The order number after the last sibling matching `where`. */
export async function nextOrderNo(tx: Queryable, table: PgTable, where: SQL): Promise<number> {
  const [row] = await selectRows<{ next: number }>(
    tx,
    sql`select coalesce(max(order_no), 0)::int + 1 as next from ${table} where ${where}`,
  );
  return Number(row?.next ?? 1);
}

/** One entity of a version as the tree shows it (items with their cluster-rule verdict). */
export async function nodeOf<T extends PlanEntityType>(
  tx: Queryable,
  versionId: string,
  type: T,
  id: string,
) {
  const flat = flattenTree(await loadPlanVersionTree(tx, versionId));
  const found = [...flat[type].values()].find((entity) => entity.node.id === id);
  if (!found) {
    throw notFound(ENTITY_NAMES[type]);
  }
  return found.node as PlanNodeByType[T];
}
