import type { PlanVersionTreeData } from '../../../../domain/plans/tree.js';
import type {
  ApproachNode,
  IssueNode,
  ItemNode,
  KpiNode,
  ObjectiveNode,
} from '../../../../domain/plans/tree.js';
import type { NodeKind } from '../node-mutations.js';

/** A node of the version tree with its ancestors and its number in the plan (1, 1.2, 1.2.3). */
export type PlanNodeRef =
  | { kind: 'issue'; node: IssueNode; number: string }
  | { kind: 'objective'; node: ObjectiveNode; issue: IssueNode; number: string }
  | { kind: 'kpi'; node: KpiNode; objective: ObjectiveNode; issue: IssueNode; number: string }
  | { kind: 'approach'; node: ApproachNode; issue: IssueNode; number: string }
  | { kind: 'item'; node: ItemNode; approach: ApproachNode; issue: IssueNode; number: string };

export const nodeKey = (kind: NodeKind, id: string): string => `${kind}:${id}`;

/** Every node by its key ("kind:id"), in tree order. */
export function indexTree(tree: Pick<PlanVersionTreeData, 'issues'>): Map<string, PlanNodeRef> {
  const index = new Map<string, PlanNodeRef>();
  tree.issues.forEach((issue, i) => {
    const issueNo = String(i + 1);
    index.set(nodeKey('issue', issue.id), { kind: 'issue', node: issue, number: issueNo });
    issue.objectives.forEach((objective, j) => {
      const objectiveNo = `${issueNo}.${j + 1}`;
      index.set(nodeKey('objective', objective.id), {
        kind: 'objective',
        node: objective,
        issue,
        number: objectiveNo,
      });
      objective.kpis.forEach((kpi, k) => {
        index.set(nodeKey('kpi', kpi.id), {
          kind: 'kpi',
          node: kpi,
          objective,
          issue,
          number: `${objectiveNo}.${k + 1}`,
        });
      });
    });
    issue.approaches.forEach((approach, j) => {
      const approachNo = `${issueNo}.${j + 1}`;
      index.set(nodeKey('approach', approach.id), {
        kind: 'approach',
        node: approach,
        issue,
        number: approachNo,
      });
      approach.items.forEach((item, k) => {
        index.set(nodeKey('item', item.id), {
          kind: 'item',
          node: item,
          approach,
          issue,
          number: `${approachNo}.${k + 1}`,
        });
      });
    });
  });
  return index;
}

/** The display title of any node (KPIs have a name, the rest a title). */
export function titleOf(ref: PlanNodeRef): string {
  return ref.kind === 'kpi' ? ref.node.name : ref.node.title;
}
