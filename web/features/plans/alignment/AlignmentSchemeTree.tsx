import { Spin, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import {
  ALIGNMENT_LEVEL_LABELS,
  PLACEHOLDER_PREFIX,
  type AlignmentScheme,
} from '../../../../domain/alignment/alignment.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { alignmentKeys, fetchAlignmentChildren, useAlignmentChildren } from '../api.js';
import type { AlignmentNode } from '../../../../domain/alignment/alignment-node.js';

export interface AlignmentSchemeTreeProps {
  scheme: AlignmentScheme;
  checked: ReadonlySet<string>;
  onToggle: (node: AlignmentNode, checked: boolean) => void;
}

/** One reference scheme as a lazily loaded, checkable tree. */
export function AlignmentSchemeTree({ scheme, checked, onToggle }: AlignmentSchemeTreeProps) {
  const queryClient = useQueryClient();
  const roots = useAlignmentChildren(scheme, null);
  const [children, setChildren] = useState<Record<string, AlignmentNode[]>>({});
  const nodesById = useMemo(() => {
    const all = [...(roots.data?.items ?? []), ...Object.values(children).flat()];
    return new Map(all.map((node) => [node.id, node]));
  }, [children, roots.data]);

  const handleLoad = useCallback(
    async (parentId: string) => {
      const page = await queryClient.fetchQuery({
        queryKey: alignmentKeys.children(scheme, parentId),
        queryFn: ({ signal }) => fetchAlignmentChildren(scheme, parentId, signal),
        staleTime: 30 * 60_000,
      });
      setChildren((previous) => ({ ...previous, [parentId]: page.items }));
    },
    [queryClient, scheme],
  );

  const toData = useCallback(
    (node: AlignmentNode): TreeDataNode => ({
      key: node.id,
      title: <AlignmentNodeTitle node={node} />,
      isLeaf: node.childCount === 0,
      children: children[node.id]?.map(toData),
    }),
    [children],
  );

  if (roots.isPending) {
    return <Spin />;
  }
  return (
    <Tree
      className="alignment-tree"
      checkable
      checkStrictly
      selectable={false}
      treeData={(roots.data?.items ?? []).map(toData)}
      loadData={(treeNode) => handleLoad(String(treeNode.key))}
      checkedKeys={[...checked].filter((id) => nodesById.has(id))}
      onCheck={(_keys, info) => {
        const node = nodesById.get(String(info.node.key));
        if (node) {
          onToggle(node, info.checked);
        }
      }}
      height={420}
    />
  );
}

export interface AlignmentNodeTitleProps {
  node: Pick<AlignmentNode, 'code' | 'titleTh' | 'titleEn' | 'level' | 'isVerified'>;
}

/** Code, title, level and a warning when the node's text is not verified against its source. */
export function AlignmentNodeTitle({ node }: AlignmentNodeTitleProps) {
  const t = useT();
  const { lang } = useLang();
  const title = lang === 'en' && node.titleEn ? node.titleEn : node.titleTh;
  const placeholder = node.titleTh.startsWith(PLACEHOLDER_PREFIX);
  return (
    <span className="alignment-node-title">
      <Typography.Text strong>{node.code}</Typography.Text> {title}{' '}
      <Typography.Text type="secondary" className="alignment-node-level">
        ({ALIGNMENT_LEVEL_LABELS[node.level][lang]})
      </Typography.Text>
      {(!node.isVerified || placeholder) && (
        <Tag color="warning" className="alignment-unverified" title={t('plans.alignment.unverifiedHint')}>
          {t('plans.alignment.unverified')}
        </Tag>
      )}
    </span>
  );
}
