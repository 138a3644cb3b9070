import { Card, Space } from 'antd';
import { PLAN_STATUSES, PLAN_STATUS_LABELS } from '../../../../domain/plans/plan.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { useT } from '../../../app/i18n/index.js';
import { ApprovalActions } from '../../approvals/ApprovalActions.js';
import { ApprovalHistory } from '../../approvals/ApprovalHistory.js';
import { ApprovalSteps } from '../../approvals/ApprovalSteps.js';
import { useInvalidatePlans, useTransitionVersion } from '../mutations.js';
import { ReadinessList } from './ReadinessList.js';

export interface ApprovalPanelProps {
  tree: VersionTree;
}

/** Where the version stands in the approval chain, what the user may do next, and the history. */
export function ApprovalPanel({ tree }: ApprovalPanelProps) {
  const t = useT();
  const invalidate = useInvalidatePlans();
  const transition = useTransitionVersion();
  const isDraft = tree.version.status === 'draft';
  // The server refuses a submission with open problems; say so before the user fills the form.
  const problems = tree.readiness.problems.length;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('plans.approval.chain')}>
        <ApprovalSteps
          statuses={PLAN_STATUSES}
          statusLabels={PLAN_STATUS_LABELS}
          status={tree.version.status}
          events={tree.approvals}
        />
      </Card>
      {isDraft && <ReadinessList tree={tree} />}
      <Card size="small" title={t('plans.approval.actions')}>
        <ApprovalActions
          actions={tree.availableActions}
          pending={transition.isPending}
          onReload={() => void invalidate()}
          forwardWarning={isDraft && problems > 0 ? t('plans.approval.notReady', { count: problems }) : null}
          send={(body, callbacks) =>
            transition.mutate({ versionId: tree.version.id, version: tree.version.version, body }, callbacks)
          }
        />
      </Card>
      <Card size="small" title={t('plans.approval.history')}>
        <ApprovalHistory events={tree.approvals} statusLabels={PLAN_STATUS_LABELS} />
      </Card>
    </Space>
  );
}
