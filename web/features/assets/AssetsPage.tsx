import { Alert, Button, Input, InputNumber, Segmented, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  ASSET_STATUS_LABELS,
  ASSET_STATUSES,
  ASSET_TYPE_LABELS,
  ASSET_TYPES,
  type AssetStatus,
  type AssetType,
} from '../../../domain/assets/asset.js';
import type { Asset } from '../../../domain/assets/asset-response.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ExportButton } from '../../components/ExportButton.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ProvinceSelect } from '../../components/ProvinceSelect.js';
import { RegulationsPanel } from '../regulations/RegulationsPanel.js';
import { assetExportHref, useAssetList } from './api.js';
import { AssetBacklogList } from './AssetBacklogList.js';
import { useAssetColumns } from './assetColumns.js';
import { AssetsMap } from './AssetsMap.js';

type View = 'list' | 'map' | 'backlog';

/** The asset register born from projects: filters, list or map, the backlog, whole-list totals, Excel. */
export function AssetsPage() {
  const t = useT();
  const { lang } = useLang();
  const [view, setView] = useState<View>('list');
  const [q, setQ] = useState('');
  const [provinceCode, setProvinceCode] = useState<string | undefined>();
  const [fiscalYear, setFiscalYear] = useState<number | null>(null);
  const [type, setType] = useState<AssetType | undefined>();
  const [status, setStatus] = useState<AssetStatus | undefined>();
  const filter = { q: q || undefined, provinceCode, fiscalYear: fiscalYear ?? undefined, type, status };
  const list = useAssetList(filter);
  const columns = useAssetColumns();
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const first = list.data?.pages[0];
  return (
    <>
      <PageTitle title={t('nav.assets')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Input.Search
            allowClear
            aria-label={t('assets.search')}
            placeholder={t('assets.search')}
            onSearch={setQ}
            style={{ width: 320 }}
          />
          <ProvinceSelect
            value={provinceCode}
            onChange={setProvinceCode}
            placeholder={t('assetForms.province')}
            testId="assets-province"
          />
          <InputNumber<number>
            aria-label={t('assetForms.fiscalYear')}
            placeholder={t('assetForms.fiscalYear')}
            min={2500}
            max={2700}
            value={fiscalYear}
            onChange={setFiscalYear}
            style={{ width: 140 }}
          />
          <Select<AssetType>
            allowClear
            aria-label={t('assets.type')}
            placeholder={t('assets.type')}
            value={type}
            onChange={setType}
            style={{ width: 160 }}
            options={ASSET_TYPES.map((value) => ({ value, label: ASSET_TYPE_LABELS[value][lang] }))}
          />
          <Select<AssetStatus>
            allowClear
            aria-label={t('assets.status')}
            placeholder={t('assets.status')}
            value={status}
            onChange={setStatus}
            style={{ width: 200 }}
            options={ASSET_STATUSES.map((value) => ({ value, label: ASSET_STATUS_LABELS[value][lang] }))}
          />
          <ExportButton href={assetExportHref(filter)} testId="assets-export" />
        </Space>
        <Segmented<View>
          aria-label={t('assetForms.view')}
          value={view}
          onChange={setView}
          data-testid="assets-view"
          options={(['list', 'map', 'backlog'] as const).map((value) => ({
            value,
            label: t(`assetForms.view.${value}`),
          }))}
        />
        {list.isError ? <Alert type="error" showIcon title={t('assets.loadError')} /> : null}
        <RegulationsPanel targetKind="step" targetKey="asset_transfer" />
        {first && view !== 'backlog' ? (
          <Typography.Text data-testid="assets-totals">
            {first.totalExact && first.totalValueSatang !== null
              ? t('assets.totals', {
                  count: first.total.toLocaleString('th-TH'),
                  value: formatBaht(BigInt(first.totalValueSatang)),
                })
              : t('assets.totalsMoreThan', { count: first.total.toLocaleString('th-TH') })}
          </Typography.Text>
        ) : null}
        {view === 'map' ? <AssetsMap filter={filter} /> : null}
        {view === 'backlog' ? <AssetBacklogList provinceCode={provinceCode} /> : null}
        {view === 'list' ? (
          <>
            <Table<Asset>
              rowKey="id"
              size="small"
              loading={list.isPending}
              dataSource={rows}
              pagination={false}
              locale={{ emptyText: t('assets.empty') }}
              columns={[
                columns.code,
                columns.description,
                columns.type,
                columns.province,
                columns.value,
                columns.handover,
                columns.custodian,
                columns.condition,
                columns.status,
              ]}
            />
            {list.hasNextPage ? (
              <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('assets.more')}
              </Button>
            ) : null}
          </>
        ) : null}
      </Space>
    </>
  );
}
