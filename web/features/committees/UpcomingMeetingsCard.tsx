import { Card, Table } from 'antd';
import { Link } from '@tanstack/react-router';
import type { MeetingView } from '../../../domain/committees/responses.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';

/** The calendar of meetings ahead in the reader's provinces and clusters (the dashboard card's data). */
export function UpcomingMeetingsCard({ meetings, loading }: { meetings: MeetingView[]; loading: boolean }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Card size="small" title={t('committees.calendar')} data-testid="meeting-calendar">
      <Table<MeetingView>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={meetings}
        pagination={false}
        locale={{ emptyText: t('committees.noMeetings') }}
        columns={[
          { title: t('committees.date'), render: (_v, row) => formatDate(row.date, lang) },
          {
            title: t('committees.meetingNo'),
            render: (_v, row) => (
              <Link to="/meetings/$meetingId" params={{ meetingId: row.id }}>
                {t('committees.meetingLabel', { label: row.label })}
              </Link>
            ),
          },
          { title: t('committees.committee'), dataIndex: 'committeeNameTh' },
          { title: t('committees.venue'), render: (_v, row) => row.venue ?? '-' },
        ]}
      />
    </Card>
  );
}
