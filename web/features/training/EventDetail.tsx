import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import type { TrainingEvent } from '../../../domain/training/responses.js';
import { useT } from '../../app/i18n/index.js';
import { certificateHref } from './api.js';
import { KnowledgeCheckForm } from './KnowledgeCheckForm.js';

type Participant = TrainingEvent['participants'][number];

/** An event's participants with attendance, check scores and certificates, and the reader's check. */
export function EventDetail(props: { event: TrainingEvent; userId: string; canManage: boolean }) {
  const { event, userId, canManage } = props;
  const t = useT();
  const isParticipant = event.participants.some((participant) => participant.userId === userId);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<Participant>
        rowKey="userId"
        size="small"
        pagination={false}
        dataSource={event.participants}
        locale={{ emptyText: t('training.participants.none') }}
        data-testid="training-participants"
        columns={[
          { title: t('training.col.participant'), dataIndex: 'displayName' },
          {
            title: t('training.col.attended'),
            render: (_, row) =>
              row.attended ? (
                <Tag color="green">{t('training.attended')}</Tag>
              ) : (
                <Tag>{t('training.absent')}</Tag>
              ),
          },
          {
            title: t('training.col.score'),
            align: 'right',
            render: (_, row) => (row.check ? `${row.check.score}/${row.check.total}` : '-'),
          },
          {
            title: t('training.col.certificate'),
            render: (_, row) =>
              row.attended && (row.userId === userId || canManage) ? (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  href={certificateHref(event.id, row.userId)}
                  download
                  aria-label={`${t('training.certificate')} ${row.displayName}`}
                  data-testid="training-certificate"
                >
                  {t('training.certificate')}
                </Button>
              ) : null,
          },
        ]}
      />
      {isParticipant && event.questionCount > 0 ? <KnowledgeCheckForm eventId={event.id} /> : null}
    </Space>
  );
}
