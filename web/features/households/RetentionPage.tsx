import { Alert, App, Button, Card, Descriptions, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../../../domain/households/retention.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { formatDate } from '../../components/formatDate.js';
import { FullPageSpinner } from '../../components/FullPageSpinner.js';
import { PageTitle } from '../../components/PageTitle.js';
import { RecordLoadError } from '../../components/RecordLoadError.js';
import { usePurgeNow, useRetention, useRetentionChange } from './api.js';

/**
 * How long personal data of a case out of need is kept (PDPA: no longer than needed): what the setting
 * does and who may change it for every reader; the period and a purge now for the administrator.
 */
export function RetentionPage() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const settings = useRetention();
  const canConfigure = useCan('household.configure');
  const change = useRetentionChange();
  const purge = usePurgeNow();
  const [years, setYears] = useState<number | null>(null);
  if (settings.isPending) {
    return <FullPageSpinner />;
  }
  if (settings.isError) {
    return (
      <RecordLoadError
        error={settings.error}
        onRetry={() => void settings.refetch()}
        listPath="/households"
      />
    );
  }
  const current = settings.data;
  const chosen = years ?? current.retentionYears;
  const failed = (error: Error) => void message.error(apiErrorText(error, lang, t('households.saveFailed')));
  const save = () =>
    change.mutate(
      { retentionYears: chosen },
      { onSuccess: () => void message.success(t('households.retention.saved')), onError: failed },
    );
  const purgeNow = () =>
    purge.mutate(undefined, {
      onSuccess: () => void message.success(t('households.retention.purgeStarted')),
      onError: failed,
    });
  return (
    <>
      <PageTitle title={t('households.retention.title')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Typography.Paragraph>{t('households.retention.what')}</Typography.Paragraph>
          <Typography.Paragraph>{t('households.retention.kept')}</Typography.Paragraph>
          <Alert type="info" showIcon message={t('households.retention.who')} />
        </Card>
        <Descriptions size="small" bordered column={1} data-testid="retention-settings">
          <Descriptions.Item label={t('households.retention.years')}>
            {t('households.retention.yearsValue', { years: current.retentionYears })}
          </Descriptions.Item>
          <Descriptions.Item label={t('households.retention.lastPurge')}>
            {current.lastPurgeAt
              ? t('households.retention.lastPurgeValue', {
                  at: formatDate(current.lastPurgeAt, lang, { withTime: true }),
                  erased: current.lastPurgeErased ?? 0,
                })
              : t('households.retention.neverPurged')}
          </Descriptions.Item>
        </Descriptions>
        {canConfigure ? (
          <Card title={t('households.retention.change')} data-testid="retention-change">
            <Space wrap>
              <label htmlFor="retention-years">{t('households.retention.years')}</label>
              <InputNumber
                id="retention-years"
                data-testid="retention-years"
                min={MIN_RETENTION_YEARS}
                max={MAX_RETENTION_YEARS}
                precision={0}
                value={chosen}
                onChange={setYears}
              />
              <Button
                type="primary"
                onClick={save}
                loading={change.isPending}
                disabled={chosen === current.retentionYears}
                data-testid="retention-save"
              >
                {t('households.save')}
              </Button>
              <Button onClick={purgeNow} loading={purge.isPending} data-testid="retention-purge">
                {t('households.retention.purgeNow')}
              </Button>
            </Space>
          </Card>
        ) : null}
      </Space>
    </>
  );
}
