import { ExclamationCircleFilled } from '@ant-design/icons';
import { Tree, Typography } from 'antd';
import type { TreeDataNode, TreeProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { formatBaht } from '../../../../domain/thai/index.js';
import { useT, type MessageKey } from '../../../app/i18n/index.js';
import type { NodeKind } from '../node-mutations.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { nodeKey } from './treeIndex.js';

export interface PlanTreeProps {
  tree: VersionTree;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  /** Issues dragged into a new order (ids, top to bottom); absent = read-only. */
  onReorderIssues?: (ids: string[]) => void;
}

const KIND_LABELS: Record<NodeKind, MessageKey> = {
  issue: 'plans.kind.issueShort',
  objective: 'plans.kind.objectiveShort',
  kpi: 'plans.kind.kpiShort',
  approach: 'plans.kind.approachShort',
  item: 'plans.kind.itemShort',
};

/** The plan as a tree: issues → objectives → KPIs, and issues → approaches → project-set items. */
export function PlanTree({ tree, selectedKey, onSelect, onReorderIssues }: PlanTreeProps) {
  const t = useT();
  const flagged = useMemo(
    () =>
      new Set(
        tree.readiness.problems.map((problem) => problem.entityId).filter((id): id is string => id !== null),
      ),
    [tree.readiness.problems],
  );

  const label = (kind: NodeKind, id: string, number: string, title: string, extra?: ReactNode): ReactNode => (
    <span className={`plan-tree-title plan-tree-${kind}`} data-testid={`plan-node-${kind}-${id}`}>
      <Typography.Text type="secondary" className="plan-tree-number">
        {t(KIND_LABELS[kind])} {number}
      </Typography.Text>{' '}
      <span className="plan-tree-text">{title}</span>
      {extra}
      {flagged.has(id) && (
        <ExclamationCircleFilled className="plan-tree-flag" title={t('plans.readiness.hasProblem')} />
      )}
    </span>
  );

  const treeData = useMemo<TreeDataNode[]>(
    () =>
      tree.issues.map((issue, i) => ({
        key: nodeKey('issue', issue.id),
        title: label('issue', issue.id, String(i + 1), issue.title),
        children: [
          ...issue.objectives.map((objective, j) => ({
            key: nodeKey('objective', objective.id),
            title: label('objective', objective.id, `${i + 1}.${j + 1}`, objective.title),
            children: objective.kpis.map((kpi, k) => ({
              key: nodeKey('kpi', kpi.id),
              title: label('kpi', kpi.id, `${i + 1}.${j + 1}.${k + 1}`, kpi.name),
              isLeaf: true,
            })),
          })),
          ...issue.approaches.map((approach, j) => ({
            key: nodeKey('approach', approach.id),
            title: label('approach', approach.id, `${i + 1}.${j + 1}`, approach.title),
            children: approach.items.map((item, k) => ({
              key: nodeKey('item', item.id),
              title: label(
                'item',
                item.id,
                `${i + 1}.${j + 1}.${k + 1}`,
                item.title,
                <Typography.Text type="secondary" className="plan-tree-amount">
                  {' '}
                  · {formatBaht(BigInt(item.totalSatang))}
                </Typography.Text>,
              ),
              isLeaf: true,
            })),
          })),
        ],
      })),
    // label reads t and flagged only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tree.issues, t, flagged],
  );

  const allParents = useMemo(
    () =>
      tree.issues.flatMap((issue) => [
        nodeKey('issue', issue.id),
        ...issue.objectives.map((objective) => nodeKey('objective', objective.id)),
        ...issue.approaches.map((approach) => nodeKey('approach', approach.id)),
      ]),
    [tree.issues],
  );
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const expandedKeys = useMemo(
    () => allParents.filter((key) => !collapsed.has(key)),
    [allParents, collapsed],
  );
  const draggable = useMemo(
    () =>
      onReorderIssues
        ? {
            icon: false as const,
            nodeDraggable: (node: TreeDataNode) => String(node.key).startsWith('issue:'),
          }
        : false,
    [onReorderIssues],
  );

  const handleExpand: TreeProps['onExpand'] = (keys) => {
    const open = new Set(keys.map(String));
    setCollapsed(new Set(allParents.filter((key) => !open.has(key))));
  };

  const handleDrop: TreeProps['onDrop'] = (info) => {
    const dragged = String(info.dragNode.key);
    const target = String(info.node.key);
    if (dragged === target) {
      return;
    }
    const ids = tree.issues.map((issue) => nodeKey('issue', issue.id)).filter((key) => key !== dragged);
    const at = ids.indexOf(target);
    // antd gives the position in the sibling list; relative to the target, -1 means above it. Issues do
    // not nest, so a drop "into" an issue (what antd reports below an expanded node) means after it.
    const targetIndex = Number(info.node.pos.split('-').at(-1));
    const above = info.dropToGap && info.dropPosition - targetIndex === -1;
    const insertAt = above ? at : at + 1;
    ids.splice(insertAt, 0, dragged);
    onReorderIssues?.(ids.map((key) => key.slice('issue:'.length)));
  };

  return (
    <Tree
      className="plan-tree"
      data-testid="plan-tree"
      blockNode
      showLine={{ showLeafIcon: false }}
      treeData={treeData}
      expandedKeys={expandedKeys}
      onExpand={handleExpand}
      selectedKeys={selectedKey ? [selectedKey] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) {
          onSelect(String(key));
        }
      }}
      draggable={draggable}
      allowDrop={({ dragNode, dropNode }) =>
        String(dragNode.key).startsWith('issue:') && String(dropNode.key).startsWith('issue:')
      }
      onDrop={handleDrop}
    />
  );
}
