import { Card, Descriptions, Table, Tag } from 'antd';
import {
  HOUSEHOLD_STATUS_LABELS,
  MEMBER_RELATION_LABELS,
  SHORTFALL_DIMENSION_LABELS,
} from '../../../domain/households/household.js';
import type { SubjectAccessReport } from '../../../domain/households/household-response.js';
import { formatNationalId } from '../../../domain/households/national-id.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate, formatIsoDate } from '../../components/formatDate.js';
import { actionText } from '../audit/auditText.js';
import { STATUS_COLORS } from './HouseholdsPage.js';

type SubjectRecord = SubjectAccessReport['records'][number];
type Disclosure = SubjectRecord['disclosures'][number];

/** One case the person belongs to: what is held on them, the help and visits, and every disclosure. */
export function SubjectAccessRecord({ record }: { record: SubjectRecord }) {
  const t = useT();
  const { lang } = useLang();
  const { member, household } = record;
  const events = [
    ...household.help.map((help) => ({
      key: help.id,
      on: help.givenOn,
      text: `${t('households.helpBy', { agency: help.agencyName })} (${SHORTFALL_DIMENSION_LABELS[help.dimension][lang]}): ${help.description}`,
    })),
    ...household.visits.map((visit) => ({
      key: visit.id,
      on: visit.visitedOn,
      text: `${t('households.visit')}: ${visit.note}`,
    })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  return (
    <Card
      title={`${member.firstName} ${member.lastName}`}
      data-testid="subject-access-record"
      extra={household.isDemo ? <Tag>{t('households.demo')}</Tag> : null}
    >
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('households.nationalId')}>
          {formatNationalId(member.nationalId)}
        </Descriptions.Item>
        <Descriptions.Item label={t('households.relation')}>
          {MEMBER_RELATION_LABELS[member.relation][lang]}
        </Descriptions.Item>
        <Descriptions.Item label={t('households.birthYear')}>{member.birthYear ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('households.houseNo')}>{household.houseNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('households.area')}>
          {`${household.areaCode}${household.villageNo ? ` ${t('households.villageNo', { n: household.villageNo })}` : ''}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('households.status')}>
          <Tag color={STATUS_COLORS[household.status]}>{HOUSEHOLD_STATUS_LABELS[household.status][lang]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('households.shortfall')}>
          {household.shortfalls.map((dimension) => SHORTFALL_DIMENSION_LABELS[dimension][lang]).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('households.identifiedOn')}>
          {formatIsoDate(household.identifiedOn, lang)}
        </Descriptions.Item>
      </Descriptions>
      <Table
        style={{ marginTop: 16 }}
        rowKey="key"
        size="small"
        pagination={false}
        title={() => t('households.subjectAccess.caseWork')}
        dataSource={events}
        locale={{ emptyText: t('households.subjectAccess.noCaseWork') }}
        columns={[
          { title: t('households.subjectAccess.on'), render: (_, row) => formatIsoDate(row.on, lang) },
          { title: t('households.subjectAccess.what'), dataIndex: 'text' },
        ]}
      />
      <Table<Disclosure>
        style={{ marginTop: 16 }}
        rowKey={(row) => `${row.at}-${row.action}`}
        size="small"
        pagination={false}
        title={() => t('households.subjectAccess.disclosures')}
        data-testid="subject-access-disclosures"
        dataSource={record.disclosures}
        columns={[
          {
            title: t('households.subjectAccess.at'),
            render: (_, row) => formatDate(row.at, lang, { withTime: true, style: 'short' }),
          },
          { title: t('households.subjectAccess.action'), render: (_, row) => actionText(row.action, lang) },
          { title: t('households.subjectAccess.by'), render: (_, row) => row.actorName ?? '—' },
          { title: t('households.reason'), render: (_, row) => row.reason ?? '—' },
        ]}
      />
    </Card>
  );
}
