import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import type { ReadinessProblem } from '../../../../domain/plans/readiness.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { nodeKey } from '../tree/treeIndex.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { usePlanView } from '../usePlanView.js';

export interface ReadinessListProps {
  tree: VersionTree;
}

const TREE_KINDS = new Set(['issue', 'objective', 'kpi', 'approach', 'item']);

/** What keeps the draft from being submitted; each problem opens the node it is about. */
export function ReadinessList({ tree }: ReadinessListProps) {
  const t = useT();
  const { lang } = useLang();
  const { update } = usePlanView();
  const { problems } = tree.readiness;

  if (problems.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleOutlined />}
        title={t('plans.readiness.ready')}
        data-testid="plan-readiness"
      />
    );
  }

  const open = (problem: ReadinessProblem) => {
    if (problem.code === 'unexplained_change') {
      update({ tab: 'changes' });
      return;
    }
    if (problem.entityId && TREE_KINDS.has(problem.entityType)) {
      update({ tab: undefined, node: nodeKey(problem.entityType as 'issue', problem.entityId) });
    } else {
      update({ tab: problem.code === 'missing_vision' ? 'data' : undefined });
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningOutlined />}
      title={t('plans.readiness.problems', { count: problems.length })}
      data-testid="plan-readiness"
      description={
        <ul className="plain-list readiness-list">
          {problems.map((problem, index) => (
            <li
              key={`${problem.code}-${problem.entityId ?? ''}-${index}`}
              className="plain-list-item readiness-item"
              data-code={problem.code}
            >
              <Typography.Text>{problem[lang]}</Typography.Text>{' '}
              <Button size="small" type="link" onClick={() => open(problem)}>
                {t('plans.readiness.open')}
              </Button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
