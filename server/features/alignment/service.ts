import { and, asc, count, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import { ALIGNMENT_SCHEMES } from '../../../domain/alignment/alignment.js';
import type {
  AlignmentNode,
  AlignmentNodeDetail,
  AlignmentNodeListFilter,
} from '../../../domain/alignment/alignment-node.js';
import type { Page } from '../../../domain/common/paging.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { notFound } from '../../platform/http/errors.js';
import { presentAlignmentNode } from './presenter.js';
import { alignmentNodes } from './tables.js';

export const NODE = { th: 'รายการความสอดคล้อง', en: 'Alignment node' };

// Written out in full: drizzle drops table qualifiers inside a single-table select's sql fragments.
const childCount = sql<number>`(select count(*)::int from alignment_nodes child where child.parent_id = alignment_nodes.id)`;
const schemeRank = sql`array_position(array[${sql.join(
  ALIGNMENT_SCHEMES.map((scheme) => sql`${scheme}`),
  sql`, `,
)}]::text[], ${alignmentNodes.scheme}::text)`;

/**
 * Nodes for a tree view: the children of `parentId`, or the roots when neither a parent, a level nor
 * a search is given; a level or a search lists matching nodes at any depth.
 */
export async function listAlignmentNodes(
  deps: DatabaseDeps,
  actor: Actor,
  query: AlignmentNodeListFilter,
): Promise<Page<AlignmentNode>> {
  authorize(actor, 'alignment.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const escaped = query.q?.replace(/[\\%_]/g, (char) => `\\${char}`);
    const flat = query.q !== undefined || query.level !== undefined;
    const where = and(
      query.scheme ? eq(alignmentNodes.scheme, query.scheme) : undefined,
      query.schemeVersion ? eq(alignmentNodes.schemeVersion, query.schemeVersion) : undefined,
      query.parentId
        ? eq(alignmentNodes.parentId, query.parentId)
        : flat
          ? undefined
          : isNull(alignmentNodes.parentId),
      query.level ? eq(alignmentNodes.level, query.level) : undefined,
      escaped
        ? or(
            ilike(alignmentNodes.titleTh, `%${escaped}%`),
            ilike(alignmentNodes.titleEn, `%${escaped}%`),
            ilike(alignmentNodes.code, `${escaped}%`),
          )
        : undefined,
      query.includeInactive ? undefined : eq(alignmentNodes.isActive, true),
    );
    const rows = await tx
      .select({ node: alignmentNodes, childCount })
      .from(alignmentNodes)
      .where(where)
      .orderBy(
        schemeRank,
        asc(alignmentNodes.schemeVersion),
        asc(alignmentNodes.sortOrder),
        asc(alignmentNodes.code),
      )
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx.select({ value: count() }).from(alignmentNodes).where(where);
    return {
      items: rows.map((row) => presentAlignmentNode(row.node, Number(row.childCount))),
      total: total?.value ?? 0,
    };
  });
}

/** Nodes by id, for other features that link to them. */
export async function loadAlignmentNodes(tx: Queryable, ids: readonly string[]) {
  if (ids.length === 0) {
    return [];
  }
  return tx
    .select()
    .from(alignmentNodes)
    .where(inArray(alignmentNodes.id, [...new Set(ids)]));
}

/** A node row with its number of children, or 404. */
export async function loadNode(tx: Queryable, id: string) {
  const [row] = await tx
    .select({ node: alignmentNodes, childCount })
    .from(alignmentNodes)
    .where(eq(alignmentNodes.id, id));
  if (!row) {
    throw notFound(NODE);
  }
  return row;
}

/** One node with its ancestor chain, root first. */
export async function getAlignmentNode(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
): Promise<AlignmentNodeDetail> {
  authorize(actor, 'alignment.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { node, childCount: children } = await loadNode(tx, id);
    const ancestors: AlignmentNode[] = [];
    let parentId = node.parentId;
    // Trees are a few levels deep; the guard stops a cycle an import might have introduced.
    while (parentId && ancestors.length < 20) {
      const [parent] = await tx.select().from(alignmentNodes).where(eq(alignmentNodes.id, parentId));
      if (!parent) {
        break;
      }
      ancestors.unshift(presentAlignmentNode(parent));
      parentId = parent.parentId;
    }
    return { ...presentAlignmentNode(node, Number(children)), ancestors };
  });
}
