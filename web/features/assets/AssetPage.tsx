import { Link, useParams } from '@tanstack/react-router';
import { Card, Descriptions, Space, Table, Tag } from 'antd';
import {
  ASSET_CONDITION_LABELS,
  ASSET_STATUS_LABELS,
  ASSET_TYPE_LABELS,
} from '../../../domain/assets/asset.js';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import { ASSET_TRANSITION_RULES } from '../../../domain/assets/transitions.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { isHeldAsset } from '../../../domain/assets/checks.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { FullPageSpinner } from '../../components/FullPageSpinner.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { useAsset } from './api.js';
import { AssetChecksTable } from './AssetChecksTable.js';
import { TransferForm } from './TransferForm.js';

type Event = AssetDetail['events'][number];

/** One asset: what it is and where, its transfer history with documents, its checks, its next step. */
export function AssetPage() {
  const t = useT();
  const { lang } = useLang();
  const { assetId } = useParams({ from: '/app/assets/$assetId' });
  const asset = useAsset(assetId);
  const canManage = useCan('asset.manage');
  if (asset.isPending) {
    return <FullPageSpinner />;
  }
  if (asset.isError) {
    return <RecordLoadError error={asset.error} onRetry={() => void asset.refetch()} listPath="/assets" />;
  }
  const row = asset.data;
  return (
    <>
      <PageTitle title={`${row.code} ${row.description}`} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Link to="/assets">{t('assets.backToList')}</Link>
          {isHeldAsset(row.status) && canManage ? (
            <Link to="/assets/$assetId/check" params={{ assetId: row.id }} data-testid="asset-check-link">
              {t('assetCheck.open')}
            </Link>
          ) : null}
          <Link
            to="/thread/$from/$id"
            params={{ from: 'assets', id: row.id }}
            data-testid="asset-thread-link"
          >
            {t('thread.open')}
          </Link>
        </Space>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('assets.type')}>{ASSET_TYPE_LABELS[row.type][lang]}</Descriptions.Item>
          <Descriptions.Item label={t('assets.value')}>
            {formatBaht(BigInt(row.valueSatang))}
          </Descriptions.Item>
          <Descriptions.Item label={t('assets.handover')}>
            {formatIsoDate(row.handoverDate, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('assets.location')}>{row.locationAreaCode}</Descriptions.Item>
          <Descriptions.Item label={t('assets.custodian')}>{row.custodianName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('assets.condition')}>
            {ASSET_CONDITION_LABELS[row.condition][lang]}
          </Descriptions.Item>
          <Descriptions.Item label={t('assets.lastChecked')}>
            {row.lastCheckedOn ? formatIsoDate(row.lastCheckedOn, lang) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('assets.status')}>
            <Tag data-testid="asset-status">{ASSET_STATUS_LABELS[row.status][lang]}</Tag>
          </Descriptions.Item>
        </Descriptions>
        {row.availableTransitions.length > 0 ? (
          <Card title={t('assets.transfer.title')} size="small">
            <TransferForm asset={row} />
          </Card>
        ) : null}
        <Card title={t('assets.history')} size="small">
          <Table<Event>
            rowKey={(event) => `${event.recordedAt}-${event.action}`}
            size="small"
            pagination={false}
            dataSource={row.events}
            data-testid="asset-history"
            columns={[
              {
                title: t('assets.transfer.date'),
                render: (_, event) => formatIsoDate(event.eventDate, lang),
              },
              {
                title: t('assets.transfer.action'),
                render: (_, event) =>
                  event.action === 'register'
                    ? t('assets.registered')
                    : ASSET_TRANSITION_RULES[event.action].label[lang],
              },
              { title: t('assets.status'), render: (_, event) => ASSET_STATUS_LABELS[event.toStatus][lang] },
              { title: t('assets.transfer.document'), render: (_, event) => event.documentRef ?? '—' },
            ]}
          />
        </Card>
        <Card title={t('assets.checks')} size="small">
          <AssetChecksTable asset={row} />
        </Card>
      </Space>
    </>
  );
}
