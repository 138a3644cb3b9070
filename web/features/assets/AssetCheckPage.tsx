import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { Alert, App, Card, Space, Typography } from 'antd';
import { ASSET_CONDITION_LABELS } from '../../../domain/assets/asset.js';
import { isHeldAsset, nextCheckDue } from '../../../domain/assets/checks.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { FullPageSpinner } from '../../components/FullPageSpinner.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { useAsset } from './api.js';
import { AssetCheckCorrection } from './AssetCheckCorrection.js';
import { AssetCheckForm } from './AssetCheckForm.js';

/** The yearly check of one asset (ตรวจสอบพัสดุประจำปี), reached from the asset and from the backlog. */
export function AssetCheckPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { assetId } = useParams({ from: '/app/assets/$assetId/check' });
  const asset = useAsset(assetId);
  const canManage = useCan('asset.manage');
  if (asset.isPending) {
    return <FullPageSpinner />;
  }
  if (asset.isError) {
    return <RecordLoadError error={asset.error} onRetry={() => void asset.refetch()} listPath="/assets" />;
  }
  const row = asset.data;
  const due = nextCheckDue(row.lastCheckedOn, row.handoverDate);
  const overdue = due < toBangkokIsoDate(new Date());
  const done = () => {
    void message.success(t('assetCheck.saved'));
    void navigate({ to: '/assets/$assetId', params: { assetId } });
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/assets/$assetId" params={{ assetId }}>
        <ArrowLeftOutlined /> {t('assetCheck.backToAsset')}
      </Link>
      <PageTitle title={t('assetCheck.title', { code: row.code })} />
      <Typography.Paragraph style={{ margin: 0 }}>
        {row.description} · {ASSET_CONDITION_LABELS[row.condition][lang]} · {t('assets.lastChecked')}{' '}
        {row.lastCheckedOn ? formatIsoDate(row.lastCheckedOn, lang) : '—'}
      </Typography.Paragraph>
      {!isHeldAsset(row.status) ? (
        <Alert type="info" showIcon title={t('assetCheck.notHeld')} />
      ) : (
        <>
          <Alert
            type={overdue ? 'warning' : 'info'}
            showIcon
            title={t(overdue ? 'assetCheck.overdue' : 'assetCheck.due', { date: formatIsoDate(due, lang) })}
            data-testid="asset-check-due"
          />
          {canManage ? (
            <Card size="small" title={t('assetCheck.open')}>
              <AssetCheckForm asset={row} onDone={done} />
            </Card>
          ) : null}
          {canManage && row.checks.length > 0 ? (
            <Card size="small" title={t('assetCheck.latest')}>
              <AssetCheckCorrection asset={row} onDone={(text) => void message.success(text)} />
            </Card>
          ) : null}
        </>
      )}
    </Space>
  );
}
