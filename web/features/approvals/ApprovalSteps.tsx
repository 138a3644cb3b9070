import { Steps } from 'antd';
import type { ApprovalEventView } from '../../../domain/approvals/schemas.js';
import { useLang } from '../../app/i18n/index.js';
import { formatDate, formatIsoDate } from '../../components/formatDate.js';

export interface ApprovalStepsProps<S extends string> {
  statuses: readonly S[];
  statusLabels: Record<S, { th: string; en: string }>;
  status: S;
  events: readonly ApprovalEventView<S>[];
}

/** A document's chain from draft to its last status, with when (or at which meeting) each was reached. */
export function ApprovalSteps<S extends string>({
  statuses,
  statusLabels,
  status,
  events,
}: ApprovalStepsProps<S>) {
  const { lang } = useLang();
  const current = statuses.indexOf(status);
  const reachedAt = (target: S) => {
    const event = [...events].reverse().find((candidate) => candidate.toStatus === target);
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
      data-testid="approval-steps"
      items={statuses.map((item, index) => ({
        title: statusLabels[item][lang],
        content: index <= current ? reachedAt(item) : undefined,
      }))}
    />
  );
}
