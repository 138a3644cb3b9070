import { and, eq, sql } from 'drizzle-orm';
import { ALIGNMENT_LEVEL_LABELS, PRIMARY_LEVEL } from '../../../domain/alignment/alignment.js';
import type { Queryable } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import { loadAlignmentNodes } from '../alignment/public.js';
import type { PlanPlacement } from './access.js';
import { planAlignmentLinks } from './child-tables.js';

export type AlignmentEntityType = 'issue' | 'kpi' | 'item';
export type LinkInput = { nodeId: string; isPrimary?: boolean };

/**
 * Replaces an entity's alignment links. Every node must exist and be active; an entity has at most
 * one primary link, and an item's primary link must be a sub-plan target (Y1). That an item has a
 * primary link at all is checked on submission, so drafts can be saved half done.
 */
export async function replaceAlignment(
  tx: Queryable,
  placement: PlanPlacement,
  entityType: AlignmentEntityType,
  entityId: string,
  links: readonly LinkInput[],
  path = 'links',
): Promise<void> {
  const nodes = await loadAlignmentNodes(
    tx,
    links.map((link) => link.nodeId),
  );
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const problems = links.flatMap((link, index) => {
    const node = byId.get(link.nodeId);
    if (!node || !node.isActive) {
      return [
        {
          path: `${path}.${index}.nodeId`,
          message: { th: 'ไม่พบรายการความสอดคล้องนี้ หรือเลิกใช้แล้ว', en: 'Unknown or inactive alignment node' },
        },
      ];
    }
    if (link.isPrimary && entityType === 'item' && node.level !== PRIMARY_LEVEL) {
      return [
        {
          path: `${path}.${index}.isPrimary`,
          message: {
            th: `ความสอดคล้องหลักต้องเป็น${ALIGNMENT_LEVEL_LABELS[PRIMARY_LEVEL].th} ไม่ใช่${ALIGNMENT_LEVEL_LABELS[node.level].th}`,
            en: `The primary link must be a sub-plan target (Y1), not a ${node.level} node`,
          },
        },
      ];
    }
    return [];
  });
  if (links.filter((link) => link.isPrimary).length > 1) {
    problems.push({
      path,
      message: { th: 'ระบุความสอดคล้องหลักได้เพียงรายการเดียว', en: 'Only one link can be primary' },
    });
  }
  if (problems.length > 0) {
    throw invalid(problems);
  }
  await tx
    .delete(planAlignmentLinks)
    .where(and(eq(planAlignmentLinks.entityType, entityType), eq(planAlignmentLinks.entityId, entityId)));
  if (links.length > 0) {
    await tx.insert(planAlignmentLinks).values(
      links.map((link) => ({
        planVersionId: placement.planVersionId,
        entityType,
        entityId,
        nodeId: link.nodeId,
        isPrimary: link.isPrimary ?? false,
        provinceCode: placement.provinceCode,
        clusterId: placement.clusterId,
      })),
    );
  }
}

/** Removes links whose issue, KPI or item was deleted (directly or with its parent). */
export async function deleteOrphanLinks(tx: Queryable, planVersionId: string): Promise<void> {
  await tx.execute(sql`delete from plan_alignment_links l where l.plan_version_id = ${planVersionId} and not exists (
    select 1 from plan_issues where id = l.entity_id union all
    select 1 from plan_kpis where id = l.entity_id union all
    select 1 from plan_items where id = l.entity_id)`);
}
