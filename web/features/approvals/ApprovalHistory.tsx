import { Link } from '@tanstack/react-router';
import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ApprovalEventView } from '../../../domain/approvals/schemas.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate, formatIsoDate } from '../../components/formatDate.js';

export interface ApprovalHistoryProps<S extends string> {
  events: readonly ApprovalEventView<S>[];
  statusLabels: Record<S, { th: string; en: string }>;
}

/** Every approval move of a document: step as named then, meeting ครั้งที่ n/ปปปป, BE date, who and why. */
export function ApprovalHistory<S extends string>({ events, statusLabels }: ApprovalHistoryProps<S>) {
  const t = useT();
  const { lang } = useLang();
  const stepLabel = (event: ApprovalEventView<S>) =>
    (lang === 'en' ? event.stepLabelEn : event.stepLabelTh) ??
    `${statusLabels[event.fromStatus][lang]} → ${statusLabels[event.toStatus][lang]}`;

  const columns: TableColumnsType<ApprovalEventView<S>> = [
    {
      title: t('plans.approval.step'),
      key: 'step',
      render: (_value, event) => (
        <>
          <div>{stepLabel(event)}</div>
          <Typography.Text type="secondary">→ {statusLabels[event.toStatus][lang]}</Typography.Text>
        </>
      ),
    },
    {
      title: t('plans.approval.meeting'),
      key: 'meeting',
      render: (_value, event) =>
        event.meetingNo || event.meetingDate ? (
          <>
            {event.meetingNo && (
              <div>
                {event.meetingId ? (
                  <Link to="/meetings/$meetingId" params={{ meetingId: event.meetingId }}>
                    {t('plans.approval.meetingText', { no: event.meetingNo })}
                  </Link>
                ) : (
                  t('plans.approval.meetingText', { no: event.meetingNo })
                )}
              </div>
            )}
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
    <Table<ApprovalEventView<S>>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...events].reverse()}
      pagination={false}
      scroll={{ x: 820 }}
      locale={{ emptyText: t('plans.approval.noHistory') }}
      data-testid="approval-history"
    />
  );
}
