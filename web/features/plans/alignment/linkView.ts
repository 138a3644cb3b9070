import type { AlignmentLinkView } from '../../../../domain/plans/tree.js';
import type { AlignmentNode } from '../../../../domain/alignment/alignment-node.js';

/** A picked reference node as the tree shows a link. */
export function toLinkView(node: AlignmentNode, isPrimary = false): AlignmentLinkView {
  return {
    nodeId: node.id,
    isPrimary,
    scheme: node.scheme,
    schemeVersion: node.schemeVersion,
    level: node.level,
    code: node.code,
    titleTh: node.titleTh,
    titleEn: node.titleEn,
    isVerified: node.isVerified,
  };
}

/** What the API takes for a list of links. */
export function toLinkInput(links: readonly AlignmentLinkView[]): { nodeId: string; isPrimary: boolean }[] {
  return links.map((link) => ({ nodeId: link.nodeId, isPrimary: link.isPrimary }));
}

/** Order-insensitive identity of a list of links, to tell whether it changed. */
export function linksSignature(links: readonly AlignmentLinkView[]): string {
  return links
    .map((link) => `${link.nodeId}${link.isPrimary ? '*' : ''}`)
    .sort()
    .join(',');
}
