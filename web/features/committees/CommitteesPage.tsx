import { Card, Space, Table, Tag } from 'antd';
import { Link } from '@tanstack/react-router';
import { COMMITTEE_KIND_LABELS } from '../../../domain/committees/committee.js';
import type { CommitteeView, FollowUpView } from '../../../domain/committees/responses.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useCommitteeDashboard, useCommittees, useOpenFollowUps } from './api.js';
import { UpcomingMeetingsCard } from './UpcomingMeetingsCard.js';

/** The committees in the user's scope and the follow-ups of their resolutions not yet done. */
export function CommitteesPage() {
  const t = useT();
  const { lang } = useLang();
  const committees = useCommittees();
  const followUps = useOpenFollowUps();
  const dashboard = useCommitteeDashboard();
  return (
    <>
      <PageTitle title={t('committees.title')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Table<CommitteeView>
            rowKey="id"
            size="small"
            loading={committees.isLoading}
            dataSource={committees.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('committees.none') }}
            columns={[
              {
                title: t('committees.name'),
                render: (_v, row) => (
                  <Link to="/committees/$committeeId" params={{ committeeId: row.id }}>
                    {lang === 'en' && row.nameEn ? row.nameEn : row.nameTh}
                  </Link>
                ),
              },
              { title: t('committees.kind'), render: (_v, row) => COMMITTEE_KIND_LABELS[row.kind][lang] },
              { title: t('committees.province'), dataIndex: 'provinceCode' },
              {
                title: t('committees.demo'),
                render: (_v, row) => (row.isDemo ? <Tag>{t('committees.demoTag')}</Tag> : null),
              },
            ]}
          />
        </Card>
        <UpcomingMeetingsCard meetings={dashboard.data?.upcoming ?? []} loading={dashboard.isLoading} />
        <Card size="small" title={t('committees.openFollowUps')}>
          <Table<FollowUpView>
            rowKey="id"
            size="small"
            loading={followUps.isLoading}
            dataSource={followUps.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('committees.noFollowUps') }}
            columns={[
              { title: t('committees.followUp'), dataIndex: 'title' },
              { title: t('committees.owner'), dataIndex: 'owner' },
              { title: t('committees.fromMeeting'), dataIndex: 'meetingLabel' },
              {
                title: t('committees.due'),
                render: (_v, row) => (
                  <Space>
                    {formatDate(row.dueDate, lang)}
                    {row.overdue ? <Tag color="red">{t('committees.overdue')}</Tag> : null}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
