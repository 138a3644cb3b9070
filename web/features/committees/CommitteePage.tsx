import { Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { MEMBER_ROLE_LABELS, SEAT_TYPE_LABELS } from '../../../domain/committees/committee.js';
import type { MeetingView, MemberView } from '../../../domain/committees/responses.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { useCommittee, useMeetings } from './api.js';
import { MemberModal } from './MemberModal.js';
import { NewMeetingForm } from './NewMeetingForm.js';

/** One committee: its legal basis and secretariat, the members in office, and its meetings. */
export function CommitteePage() {
  const { committeeId } = useParams({ from: '/app/committees/$committeeId' });
  const t = useT();
  const { lang } = useLang();
  const committee = useCommittee(committeeId);
  const meetings = useMeetings(committeeId);
  const canRecord = useCan('committee.record');
  const canManage = useCan('committee.manage');
  const [editing, setEditing] = useState<MemberView | 'new' | null>(null);
  if (committee.error) {
    return (
      <RecordLoadError
        error={committee.error}
        onRetry={() => void committee.refetch()}
        listPath="/committees"
      />
    );
  }
  const data = committee.data;
  return (
    <>
      <PageTitle title={data?.nameTh ?? ''} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card
          size="small"
          loading={committee.isLoading}
          extra={
            canManage ? (
              <Button onClick={() => setEditing('new')} data-testid="add-member">
                {t('committees.addMember')}
              </Button>
            ) : null
          }
        >
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('committees.legalBasis')}>
              {data?.legalBasis ?? '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('committees.secretaryUnit')}>
              {data?.secretaryUnit ?? '-'}
            </Descriptions.Item>
          </Descriptions>
          <Table<MemberView>
            rowKey="id"
            size="small"
            dataSource={data?.members ?? []}
            pagination={false}
            columns={[
              { title: t('committees.member'), dataIndex: 'personName' },
              { title: t('committees.position'), dataIndex: 'position' },
              { title: t('committees.role'), render: (_v, row) => MEMBER_ROLE_LABELS[row.role][lang] },
              { title: t('committees.seat'), render: (_v, row) => SEAT_TYPE_LABELS[row.seatType][lang] },
              {
                title: t('committees.term'),
                render: (_v, row) =>
                  `${formatDate(row.validFrom, lang)} – ${row.validTo ? formatDate(row.validTo, lang) : t('committees.exOfficio')}`,
              },
              ...(canManage
                ? [
                    {
                      title: t('committees.actions'),
                      render: (_v: unknown, row: MemberView) => (
                        <Button size="small" onClick={() => setEditing(row)}>
                          {t('committees.edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card size="small" title={t('committees.meetings')}>
          {canRecord ? <NewMeetingForm committeeId={committeeId} /> : null}
          <Table<MeetingView>
            rowKey="id"
            size="small"
            loading={meetings.isLoading}
            dataSource={meetings.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('committees.noMeetings') }}
            columns={[
              {
                title: t('committees.meetingNo'),
                render: (_v, row) => (
                  <Link to="/meetings/$meetingId" params={{ meetingId: row.id }}>
                    {t('committees.meetingLabel', { label: row.label })}
                  </Link>
                ),
              },
              { title: t('committees.date'), render: (_v, row) => formatDate(row.date, lang) },
              { title: t('committees.venue'), render: (_v, row) => row.venue ?? '-' },
              {
                title: t('committees.status'),
                render: (_v, row) => <Tag>{t(`committees.status.${row.status}`)}</Tag>,
              },
            ]}
          />
        </Card>
      </Space>
      {editing ? (
        <MemberModal
          committeeId={committeeId}
          member={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
