import { Alert, Card, Empty, Space, Typography } from 'antd';
import { useLang, useT } from '../../../app/i18n/index.js';
import type { NewNode } from '../node-mutations.js';
import type { PlanNodeRef } from '../tree/treeIndex.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { usePlanView } from '../usePlanView.js';
import { ApproachEditor } from './ApproachEditor.js';
import { IssueEditor } from './IssueEditor.js';
import { ItemEditor } from './ItemEditor.js';
import { KpiEditor } from './KpiEditor.js';
import { ObjectiveEditor } from './ObjectiveEditor.js';

export interface NodeEditorProps {
  tree: VersionTree;
  selected: PlanNodeRef | undefined;
  onAdd: (target: NewNode) => void;
}

/** The editor of the node chosen in the tree; forms restart from the stored node after each save. */
export function NodeEditor({ tree, selected, onAdd }: NodeEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const { update } = usePlanView();
  const handleDeleted = () => update({ node: undefined }, true);

  if (!selected) {
    return (
      <Card size="small">
        <Empty description={<Typography.Text type="secondary">{t('plans.tree.pickNode')}</Typography.Text>} />
      </Card>
    );
  }
  const key = `${selected.node.id}:${selected.node.version}`;
  const problems = tree.readiness.problems.filter((problem) => problem.entityId === selected.node.id);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('plans.readiness.nodeProblems', { count: problems.length })}
          description={
            <ul className="plain-list">
              {problems.map((problem, index) => (
                <li key={index}>{problem[lang]}</li>
              ))}
            </ul>
          }
          data-testid="plan-node-problems"
        />
      )}
      {renderEditor()}
    </Space>
  );

  function renderEditor() {
    if (!selected) {
      return null;
    }
    switch (selected.kind) {
      case 'issue':
        return <IssueEditor key={key} tree={tree} entry={selected} onAdd={onAdd} onDeleted={handleDeleted} />;
      case 'objective':
        return (
          <ObjectiveEditor key={key} tree={tree} entry={selected} onAdd={onAdd} onDeleted={handleDeleted} />
        );
      case 'kpi':
        return <KpiEditor key={key} tree={tree} entry={selected} onDeleted={handleDeleted} />;
      case 'approach':
        return (
          <ApproachEditor key={key} tree={tree} entry={selected} onAdd={onAdd} onDeleted={handleDeleted} />
        );
      case 'item':
        return <ItemEditor key={key} tree={tree} entry={selected} onDeleted={handleDeleted} />;
    }
  }
}
