import { Link } from '@tanstack/react-router';
import { Button, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  HOUSEHOLD_STATUS_LABELS,
  HOUSEHOLD_STATUSES,
  SHORTFALL_DIMENSION_LABELS,
  SHORTFALL_DIMENSIONS,
  type HouseholdStatus,
  type ShortfallDimension,
} from '../../../domain/households/household.js';
import type { Household } from '../../../domain/households/household-response.js';
import { useCan, useCurrentUser } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ExportButton } from '../../components/ExportButton.js';
import { ListEmpty, ListLoadError } from '../../components/ListStates.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { householdExportHref, useHouseholdList } from './api.js';
import { HouseholdCountsCard } from './HouseholdCountsCard.js';
import { PersonalExport } from './PersonalExport.js';

export const STATUS_COLORS: Record<HouseholdStatus, string> = {
  identified: 'red',
  helped: 'gold',
  out_of_need: 'green',
};

/** The province the page opens on: the header's area, else the first province the user views. */
function useDefaultProvince(): string | undefined {
  const { areaCode } = useGlobalFilters();
  const user = useCurrentUser();
  const own = user?.viewScope.find((scope) => /^\d{2,8}$/.test(scope));
  return (areaCode ?? own)?.slice(0, 2);
}

/** Households in need (Thai QM): anonymised counts, the masked case list and its export. */
export function HouseholdsPage() {
  const t = useT();
  const { lang } = useLang();
  const [provinceCode, setProvinceCode] = useState<string | undefined>(useDefaultProvince());
  const [status, setStatus] = useState<HouseholdStatus | undefined>();
  const [shortfall, setShortfall] = useState<ShortfallDimension | undefined>();
  const filter = { provinceCode, status, shortfall };
  const list = useHouseholdList(filter);
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const canExportPersonal = useCan('household.exportPersonal');
  const canReportSubject = useCan('household.subjectAccess');
  return (
    <>
      <PageTitle
        title={t('nav.households')}
        extra={
          <Space wrap>
            {canReportSubject ? (
              <Link to="/households/subject-access">{t('households.subjectAccess.link')}</Link>
            ) : null}
            <Link to="/households/retention">{t('households.retention.link')}</Link>
          </Space>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <ProvinceSelect
            value={provinceCode}
            onChange={setProvinceCode}
            placeholder={t('households.province')}
          />
          <Select<HouseholdStatus>
            allowClear
            aria-label={t('households.status')}
            placeholder={t('households.status')}
            value={status}
            onChange={setStatus}
            style={{ width: 200 }}
            options={HOUSEHOLD_STATUSES.map((value) => ({
              value,
              label: HOUSEHOLD_STATUS_LABELS[value][lang],
            }))}
          />
          <Select<ShortfallDimension>
            allowClear
            aria-label={t('households.shortfall')}
            placeholder={t('households.shortfall')}
            value={shortfall}
            onChange={setShortfall}
            style={{ width: 220 }}
            options={SHORTFALL_DIMENSIONS.map((value) => ({
              value,
              label: SHORTFALL_DIMENSION_LABELS[value][lang],
            }))}
          />
          {provinceCode ? (
            <ExportButton href={householdExportHref(filter)} testId="households-export" />
          ) : null}
          {provinceCode && canExportPersonal ? <PersonalExport filter={filter} /> : null}
        </Space>
        <HouseholdCountsCard provinceCode={provinceCode} />
        {list.isError ? <ListLoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<Household>
          rowKey="id"
          size="small"
          data-testid="households-list"
          loading={list.isFetching && !list.isFetchingNextPage}
          dataSource={rows}
          pagination={false}
          locale={{
            emptyText: (
              <ListEmpty
                filtered={!!status || !!shortfall}
                onClear={() => {
                  setStatus(undefined);
                  setShortfall(undefined);
                }}
              />
            ),
          }}
          columns={[
            {
              title: t('households.head'),
              render: (_, row) => (
                <Link to="/households/$householdId" params={{ householdId: row.id }}>
                  {row.headMasked ?? t('households.noName')}
                </Link>
              ),
            },
            {
              title: t('households.area'),
              render: (_, row) =>
                `${row.areaCode}${row.villageNo ? ` ${t('households.villageNo', { n: row.villageNo })}` : ''}`,
            },
            {
              title: t('households.shortfall'),
              render: (_, row) =>
                row.shortfalls.map((dimension) => SHORTFALL_DIMENSION_LABELS[dimension][lang]).join(', '),
            },
            {
              title: t('households.status'),
              render: (_, row) => (
                <Tag color={STATUS_COLORS[row.status]}>{HOUSEHOLD_STATUS_LABELS[row.status][lang]}</Tag>
              ),
            },
            { title: t('households.members'), align: 'right', dataIndex: 'memberCount' },
            {
              title: t('households.identifiedOn'),
              render: (_, row) => formatIsoDate(row.identifiedOn, lang),
            },
            { title: '', render: (_, row) => (row.isDemo ? <Tag>{t('households.demo')}</Tag> : null) },
          ]}
        />
        {list.hasNextPage ? (
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('households.more')}
          </Button>
        ) : null}
      </Space>
    </>
  );
}
