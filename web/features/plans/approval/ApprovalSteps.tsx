import { Steps } from 'antd';
import { PLAN_STATUSES, PLAN_STATUS_LABELS } from '../../../../domain/plans/plan.js';
import { useLang } from '../../../app/i18n/index.js';
import { formatDate, formatIsoDate } from '../../../components/formatDate.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';

export interface ApprovalStepsProps {
  tree: VersionTree;
}

/** The approval chain from draft to published, with when (or at which meeting) each status was reached. */
export function ApprovalSteps({ tree }: ApprovalStepsProps) {
  const { lang } = useLang();
  const current = PLAN_STATUSES.indexOf(tree.version.status);
  const reachedAt = (status: (typeof PLAN_STATUSES)[number]) => {
    const event = [...tree.approvals].reverse().find((candidate) => candidate.toStatus === status);
    if (!event) {
      return undefined;
    }
    return event.meetingDate
      ? formatIsoDate(event.meetingDate, lang, { style: 'short' })
      : formatDate(event.at, lang, { style: 'short' });
  };

  return (
    <Steps
      size="small"
      titlePlacement="vertical"
      current={current}
      className="approval-steps"
      data-testid="plan-approval-steps"
      items={PLAN_STATUSES.map((status, index) => ({
        title: PLAN_STATUS_LABELS[status][lang],
        content: index <= current ? reachedAt(status) : undefined,
      }))}
    />
  );
}
