import { Alert, Button, Form, Popconfirm, Space } from 'antd';
import dayjs from 'dayjs';
import type { AssetCheck, AssetDetail } from '../../../domain/assets/asset-response.js';
import { latestCheck } from '../../../domain/assets/checks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { AssetCheckFields } from './AssetCheckFields.js';
import type { AssetCheckValues } from './AssetCheckForm.js';
import { useChangeAssetCheck } from './check-api.js';

/** The latest recorded check, to correct (its photo stays) or withdraw; the asset follows its latest check. */
export function AssetCheckCorrection({
  asset,
  onDone,
}: {
  asset: AssetDetail;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const change = useChangeAssetCheck(asset.id);
  const check = latestCheck(asset.checks.map((row) => ({ ...row, recordedAt: new Date(row.recordedAt) })));
  if (!check) {
    return null;
  }
  const recorded = asset.checks.find((row) => row.id === check.id) as AssetCheck;
  const save = (values: AssetCheckValues) =>
    change.mutate(
      {
        check: recorded,
        input: {
          checkedOn: values.checkedOn.format('YYYY-MM-DD'),
          condition: values.condition,
          inUse: values.inUse,
          note: values.note?.trim() || null,
        },
      },
      { onSuccess: () => onDone(t('assetCheck.corrected')) },
    );
  const withdraw = () =>
    change.mutate({ check: recorded, input: null }, { onSuccess: () => onDone(t('assetCheck.withdrawn')) });
  return (
    <Form<AssetCheckValues>
      key={`${check.id}:${check.version}`}
      layout="vertical"
      onFinish={save}
      initialValues={{
        checkedOn: dayjs(check.checkedOn),
        condition: check.condition,
        inUse: check.inUse,
        note: check.note ?? undefined,
      }}
      data-testid="asset-check-correction"
    >
      <AssetCheckFields asset={asset} testId="asset-check-correction" />
      {change.isError ? (
        <Alert
          type="error"
          showIcon
          title={apiErrorText(change.error, lang, t('assetCheck.changeFailed'))}
          data-testid="asset-check-correction-error"
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="asset-check-correct">
          {t('assetCheck.correct')}
        </Button>
        <Popconfirm title={t('assetCheck.withdrawConfirm')} onConfirm={withdraw}>
          <Button danger disabled={change.isPending} data-testid="asset-check-withdraw">
            {t('assetCheck.withdraw')}
          </Button>
        </Popconfirm>
      </Space>
    </Form>
  );
}
