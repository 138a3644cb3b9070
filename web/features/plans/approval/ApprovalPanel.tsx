import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { AvailableAction } from '../../../../domain/plans/approval.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { ActionModal } from './ActionModal.js';
import { ApprovalHistory } from './ApprovalHistory.js';
import { ApprovalSteps } from './ApprovalSteps.js';
import { ReadinessList } from './ReadinessList.js';

export interface ApprovalPanelProps {
  tree: VersionTree;
}

/** Where the version stands in the approval chain, what the user may do next, and the history. */
export function ApprovalPanel({ tree }: ApprovalPanelProps) {
  const t = useT();
  const { lang } = useLang();
  const [action, setAction] = useState<AvailableAction | null>(null);
  const isDraft = tree.version.status === 'draft';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('plans.approval.chain')}>
        <ApprovalSteps tree={tree} />
      </Card>
      {isDraft && <ReadinessList tree={tree} />}
      <Card size="small" title={t('plans.approval.actions')}>
        {tree.availableActions.length === 0 ? (
          <Typography.Text type="secondary">{t('plans.approval.noActions')}</Typography.Text>
        ) : (
          <Space wrap>
            {tree.availableActions.map((available) => (
              <Button
                key={available.action}
                type={available.toStatus === 'draft' ? 'default' : 'primary'}
                danger={available.toStatus === 'draft'}
                onClick={() => setAction(available)}
                data-testid={`plan-action-${available.action}`}
              >
                {lang === 'en' ? available.labelEn : available.labelTh}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Card size="small" title={t('plans.approval.history')}>
        <ApprovalHistory tree={tree} />
      </Card>
      {action && <ActionModal tree={tree} action={action} onClose={() => setAction(null)} />}
    </Space>
  );
}
