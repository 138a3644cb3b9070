import type { AlignmentNode } from '../../../domain/alignment/alignment-node.js';
import type { alignmentNodes } from './tables.js';

/** The fields a client sees of an alignment node. */
export function presentAlignmentNode(
  node: typeof alignmentNodes.$inferSelect,
  childCount?: number,
): AlignmentNode {
  return {
    id: node.id,
    scheme: node.scheme,
    schemeVersion: node.schemeVersion,
    code: node.code,
    parentId: node.parentId,
    level: node.level,
    titleTh: node.titleTh,
    titleEn: node.titleEn,
    isVerified: node.isVerified,
    source: node.source,
    sortOrder: node.sortOrder,
    isActive: node.isActive,
    ...(childCount === undefined ? {} : { childCount }),
    version: node.version,
  };
}
