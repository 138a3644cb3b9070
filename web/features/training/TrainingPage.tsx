import { Alert, Space, Table, Tag } from 'antd';
import type { TrainingEvent } from '../../../domain/training/responses.js';
import { WORKFLOW_STEP_LABELS } from '../../../domain/regulations/vocabulary.js';
import { scopeProvinces } from '../../app/auth/scope.js';
import { useCan, useCurrentUser } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RegulationsPanel } from '../regulations/RegulationsPanel.js';
import { useTrainingEvents } from './api.js';
import { EventDetail } from './EventDetail.js';
import { UntrainedSection } from './UntrainedSection.js';

/** Personnel development: events with participants, checks and certificates; the province's gaps. */
export function TrainingPage() {
  const t = useT();
  const { lang } = useLang();
  const user = useCurrentUser();
  const canManage = useCan('training.manage');
  const events = useTrainingEvents();
  const province = user ? (scopeProvinces(user)[0] ?? null) : null;
  return (
    <>
      <PageTitle title={t('nav.training')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {events.isError ? <Alert type="error" showIcon message={t('training.loadError')} /> : null}
        <Table<TrainingEvent>
          rowKey="id"
          size="small"
          pagination={false}
          loading={events.isPending}
          dataSource={events.data?.items ?? []}
          locale={{ emptyText: t('training.none') }}
          data-testid="training-events"
          expandable={{
            expandedRowRender: (event) => (
              <EventDetail event={event} userId={user?.id ?? ''} canManage={canManage} />
            ),
          }}
          columns={[
            {
              title: t('training.col.title'),
              render: (_, event) => (
                <Space wrap size={4}>
                  {event.title}
                  {event.isDemo ? <Tag>{t('programmes.demo')}</Tag> : null}
                </Space>
              ),
            },
            {
              title: t('training.col.heldOn'),
              width: 130,
              render: (_, event) => formatIsoDate(event.heldOn, lang, { style: 'short' }),
            },
            { title: t('training.col.venue'), dataIndex: 'venue' },
            { title: t('training.col.organiser'), dataIndex: 'organiser' },
            {
              title: t('training.col.topics'),
              render: (_, event) => event.topics.map((topic) => WORKFLOW_STEP_LABELS[topic][lang]).join(', '),
            },
            {
              title: t('training.col.attendance'),
              align: 'right',
              render: (_, event) => {
                const attended = event.participants.filter((participant) => participant.attended).length;
                return event.plannedParticipants === null
                  ? attended
                  : `${attended}/${event.plannedParticipants}`;
              },
            },
          ]}
        />
        {province ? <UntrainedSection provinceCode={province} /> : null}
        <RegulationsPanel targetKind="step" targetKey="training" />
      </Space>
    </>
  );
}
