import { Alert, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  ASSET_CONDITION_LABELS,
  ASSET_STATUS_LABELS,
  ASSET_STATUSES,
  ASSET_TYPE_LABELS,
  ASSET_TYPES,
  type AssetStatus,
  type AssetType,
} from '../../../domain/assets/asset.js';
import type { Asset } from '../../../domain/assets/asset-response.js';
import { formatBaht, formatThaiDate } from '../../../domain/thai/index.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ExportButton } from '../../components/ExportButton.js';
import { PageTitle } from '../../components/PageTitle.js';
import { assetExportHref, useAssetList } from './api.js';
import { RegulationsPanel } from '../regulations/RegulationsPanel.js';

const beDate = (iso: string) => formatThaiDate(new Date(`${iso}T00:00:00+07:00`), { style: 'numeric' });

/** The asset register born from projects: search, filters, whole-list totals, Excel export. */
export function AssetsPage() {
  const t = useT();
  const { lang } = useLang();
  const [q, setQ] = useState('');
  const [type, setType] = useState<AssetType | undefined>();
  const [status, setStatus] = useState<AssetStatus | undefined>();
  const filter = { q: q || undefined, type, status };
  const list = useAssetList(filter);
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const first = list.data?.pages[0];
  return (
    <>
      <PageTitle title={t('nav.assets')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Input.Search
            allowClear
            aria-label={t('assets.search')}
            placeholder={t('assets.search')}
            onSearch={setQ}
            style={{ width: 320 }}
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
        {list.isError ? <Alert type="error" showIcon message={t('assets.loadError')} /> : null}
        <RegulationsPanel targetKind="step" targetKey="asset_transfer" />
        {first ? (
          <Typography.Text data-testid="assets-totals">
            {t('assets.totals', {
              count: first.total.toLocaleString('th-TH'),
              value: formatBaht(BigInt(first.totalValueSatang)),
            })}
          </Typography.Text>
        ) : null}
        <Table<Asset>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('assets.empty') }}
          columns={[
            { title: t('assets.code'), dataIndex: 'code' },
            { title: t('assets.description'), dataIndex: 'description' },
            { title: t('assets.type'), render: (_, row) => ASSET_TYPE_LABELS[row.type][lang] },
            { title: t('assets.province'), dataIndex: 'provinceCode' },
            {
              title: t('assets.value'),
              align: 'right',
              render: (_, row) => formatBaht(BigInt(row.valueSatang)),
            },
            { title: t('assets.handover'), render: (_, row) => beDate(row.handoverDate) },
            { title: t('assets.custodian'), render: (_, row) => row.custodianName ?? '—' },
            { title: t('assets.condition'), render: (_, row) => ASSET_CONDITION_LABELS[row.condition][lang] },
            {
              title: t('assets.status'),
              render: (_, row) => (
                <Tag color={row.status === 'transferred' ? 'green' : 'default'}>
                  {ASSET_STATUS_LABELS[row.status][lang]}
                </Tag>
              ),
            },
          ]}
        />
        {list.hasNextPage ? (
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('assets.more')}
          </Button>
        ) : null}
      </Space>
    </>
  );
}
