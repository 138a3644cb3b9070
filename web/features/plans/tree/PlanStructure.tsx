import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useT } from '../../../app/i18n/index.js';
import { AddNodeModal } from '../editors/AddNodeModal.js';
import { NodeEditor } from '../editors/NodeEditor.js';
import { useReorderIssues } from '../mutations.js';
import type { NewNode } from '../node-mutations.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { usePlanView } from '../usePlanView.js';
import { PlanTree } from './PlanTree.js';
import { indexTree } from './treeIndex.js';

export interface PlanStructureProps {
  tree: VersionTree;
}

/** The editable tree beside the editor of the selected node. */
export function PlanStructure({ tree }: PlanStructureProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const { search, update } = usePlanView();
  const reorder = useReorderIssues();
  const [adding, setAdding] = useState<NewNode | null>(null);
  const index = useMemo(() => indexTree(tree), [tree]);
  const selected = search.node ? index.get(search.node) : undefined;
  const canEdit = tree.canEdit;
  const editorRef = useRef<HTMLDivElement>(null);

  // Below the tree on narrow screens, the editor would open out of sight.
  useEffect(() => {
    if (search.node && window.matchMedia('(max-width: 991px)').matches) {
      editorRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  }, [search.node]);

  const handleReorder = (ids: string[]) => {
    reorder.mutate(
      { versionId: tree.version.id, version: tree.version.version, ids },
      {
        onSuccess: () => void message.success(t('plans.tree.reordered')),
        onError: (error) => handleApiError(error),
      },
    );
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10} xl={8}>
        <Card
          size="small"
          title={t('plans.tree.title')}
          extra={
            canEdit && (
              <Button
                size="small"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding({ kind: 'issue', versionId: tree.version.id })}
                data-testid="plan-add-issue"
              >
                {t('plans.add.issue')}
              </Button>
            )
          }
        >
          {tree.issues.length === 0 ? (
            <Empty description={t('plans.tree.empty')} />
          ) : (
            <>
              {canEdit && (
                <Typography.Paragraph type="secondary" className="plan-tree-hint">
                  {t('plans.tree.dragHint')}
                </Typography.Paragraph>
              )}
              <PlanTree
                tree={tree}
                selectedKey={search.node}
                onSelect={(key) => update({ node: key }, true)}
                onReorderIssues={canEdit ? handleReorder : undefined}
              />
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14} xl={16}>
        <div className="plan-editor-sticky" ref={editorRef}>
          <NodeEditor tree={tree} selected={selected} onAdd={setAdding} />
        </div>
      </Col>
      {adding && (
        <AddNodeModal
          target={adding}
          onClose={() => setAdding(null)}
          onCreated={(key) => {
            setAdding(null);
            update({ node: key }, true);
          }}
        />
      )}
    </Row>
  );
}
