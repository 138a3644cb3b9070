import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PLAN_STATUS_LABELS } from '../../../../domain/plans/plan.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { formatDate, formatIsoDate } from '../../../components/formatDate.js';
import { useApprovalSteps } from '../api.js';
import type { ApprovalEvent, VersionTree } from '../../../../domain/plans/responses.js';

export interface ApprovalHistoryProps {
  tree: VersionTree;
}

/** Every approval move of the version: step, meeting ครั้งที่ n/ปปปป, BE date, who and why. */
export function ApprovalHistory({ tree }: ApprovalHistoryProps) {
  const t = useT();
  const { lang } = useLang();
  const steps = useApprovalSteps(tree.plan.scope);
  const stepLabel = (event: ApprovalEvent) => {
    const step = steps.data?.items.find(
      (item) => item.fromStatus === event.fromStatus && item.action === event.action,
    );
    if (step) {
      return lang === 'en' ? step.labelEn : step.labelTh;
    }
    return `${PLAN_STATUS_LABELS[event.fromStatus][lang]} → ${PLAN_STATUS_LABELS[event.toStatus][lang]}`;
  };

  const columns: TableColumnsType<ApprovalEvent> = [
    {
      title: t('plans.approval.step'),
      key: 'step',
      render: (_value, event) => (
        <>
          <div>{stepLabel(event)}</div>
          <Typography.Text type="secondary">→ {PLAN_STATUS_LABELS[event.toStatus][lang]}</Typography.Text>
        </>
      ),
    },
    {
      title: t('plans.approval.meeting'),
      key: 'meeting',
      render: (_value, event) =>
        event.meetingNo || event.meetingDate ? (
          <>
            {event.meetingNo && <div>{t('plans.approval.meetingText', { no: event.meetingNo })}</div>}
            {event.meetingDate && <div>{formatIsoDate(event.meetingDate, lang)}</div>}
          </>
        ) : (
          t('common.dash')
        ),
    },
    {
      title: t('plans.approval.by'),
      dataIndex: 'actorName',
      render: (name: string | null) => name ?? t('common.dash'),
    },
    {
      title: t('plans.approval.reason'),
      dataIndex: 'reason',
      render: (reason: string | null) => reason ?? t('common.dash'),
    },
    {
      title: t('plans.approval.at'),
      dataIndex: 'at',
      width: 190,
      render: (at: string) => formatDate(at, lang, { style: 'numeric', withTime: true }),
    },
  ];

  return (
    <Table<ApprovalEvent>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...tree.approvals].reverse()}
      pagination={false}
      scroll={{ x: 820 }}
      locale={{ emptyText: t('plans.approval.noHistory') }}
      data-testid="plan-approval-history"
    />
  );
}
