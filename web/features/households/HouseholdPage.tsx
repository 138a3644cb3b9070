import { useParams } from '@tanstack/react-router';
import { Alert, Card, Descriptions, Space, Table, Tag, Timeline } from 'antd';
import {
  HOUSEHOLD_STATUS_LABELS,
  MEMBER_RELATION_LABELS,
  SHORTFALL_DIMENSION_LABELS,
} from '../../../domain/households/household.js';
import type { MaskedMember } from '../../../domain/households/household-response.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { FullPageSpinner } from '../../components/FullPageSpinner.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { useHousehold } from './api.js';
import { CaseWork } from './CaseWork.js';
import { STATUS_COLORS } from './HouseholdsPage.js';
import { MemberUnmask } from './MemberUnmask.js';

/** One case: members masked (shown one at a time with a reason, for the right holders), help, visits, status. */
export function HouseholdPage() {
  const t = useT();
  const { lang } = useLang();
  const { householdId } = useParams({ from: '/app/households/$householdId' });
  const household = useHousehold(householdId);
  const canUnmask = useCan('household.unmask');
  const canManage = useCan('household.manage');
  if (household.isPending) {
    return <FullPageSpinner />;
  }
  if (household.isError) {
    return (
      <RecordLoadError
        error={household.error}
        onRetry={() => void household.refetch()}
        listPath="/households"
      />
    );
  }
  const detail = household.data;
  const erased = detail.members.some((member) => member.erased);
  return (
    <>
      <PageTitle title={t('households.caseTitle', { name: detail.headMasked ?? t('households.noName') })} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {detail.isDemo ? <Alert type="warning" showIcon message={t('households.demoNotice')} /> : null}
        {erased ? <Alert type="info" showIcon message={t('households.erasedNotice')} /> : null}
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="household-summary">
          <Descriptions.Item label={t('households.area')}>
            {`${detail.areaCode}${detail.villageNo ? ` ${t('households.villageNo', { n: detail.villageNo })}` : ''}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('households.houseNo')}>{detail.houseNoMasked ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('households.status')}>
            <Tag color={STATUS_COLORS[detail.status]}>{HOUSEHOLD_STATUS_LABELS[detail.status][lang]}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('households.shortfall')}>
            {detail.shortfalls.map((dimension) => SHORTFALL_DIMENSION_LABELS[dimension][lang]).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('households.identifiedOn')}>
            {formatIsoDate(detail.identifiedOn, lang)}
          </Descriptions.Item>
        </Descriptions>
        <Card size="small" title={t('households.members')}>
          <Table<MaskedMember>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={detail.members}
            data-testid="household-members"
            columns={[
              { title: t('households.name'), dataIndex: 'nameMasked' },
              { title: t('households.nationalId'), dataIndex: 'nationalIdMasked' },
              {
                title: t('households.relation'),
                render: (_, row) => MEMBER_RELATION_LABELS[row.relation][lang],
              },
              { title: t('households.birthYear'), render: (_, row) => row.birthYear ?? '—' },
              {
                title: '',
                render: (_, row) =>
                  canUnmask && !row.erased ? (
                    <MemberUnmask memberId={row.id} masked={row.nameMasked} />
                  ) : null,
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('households.history')}>
          <Timeline
            items={[
              ...detail.history.map((event) => ({
                children: `${formatIsoDate(event.on, lang)} · ${HOUSEHOLD_STATUS_LABELS[event.toStatus][lang]}${event.reason ? ` · ${event.reason}` : ''}`,
              })),
              ...detail.help.map((help) => ({
                color: 'green',
                children: `${formatIsoDate(help.givenOn, lang)} · ${t('households.helpBy', { agency: help.agencyName })} (${SHORTFALL_DIMENSION_LABELS[help.dimension][lang]}): ${help.description}`,
              })),
              ...detail.visits.map((visit) => ({
                color: 'gray',
                children: `${formatIsoDate(visit.visitedOn, lang)} · ${t('households.visit')}: ${visit.note}`,
              })),
            ]}
          />
        </Card>
        {canManage ? <CaseWork detail={detail} /> : null}
      </Space>
    </>
  );
}
