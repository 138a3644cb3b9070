import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AssetCondition } from '../../../domain/assets/asset.js';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import { PHOTO_TYPES } from '../../../domain/common/photo.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { AssetCheckFields } from './AssetCheckFields.js';
import { useRecordAssetCheck } from './check-api.js';

export type AssetCheckValues = { checkedOn: Dayjs; condition: AssetCondition; inUse: boolean; note?: string };

/** The yearly check: the day, the condition found, whether it is in use, a note and a photo. */
export function AssetCheckForm({ asset, onDone }: { asset: AssetDetail; onDone: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [photo, setPhoto] = useState<File | undefined>();
  const record = useRecordAssetCheck(asset.id);
  const submit = (values: AssetCheckValues) =>
    record.mutate(
      {
        input: {
          checkedOn: values.checkedOn.format('YYYY-MM-DD'),
          condition: values.condition,
          inUse: values.inUse,
          note: values.note?.trim() || null,
        },
        photo,
      },
      { onSuccess: onDone },
    );
  return (
    <Form<AssetCheckValues>
      layout="vertical"
      onFinish={submit}
      initialValues={{ checkedOn: dayjs(), condition: asset.condition, inUse: true }}
      data-testid="asset-check-form"
    >
      <AssetCheckFields asset={asset} testId="asset-check" />
      <Form.Item label={t('assetCheck.photo')} extra={t('assetCheck.photo.hint')}>
        <Upload
          accept={PHOTO_TYPES.join(',')}
          maxCount={1}
          beforeUpload={(chosen) => {
            setPhoto(chosen);
            return false;
          }}
          onRemove={() => setPhoto(undefined)}
          fileList={photo ? [{ uid: 'check-photo', name: photo.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />} data-testid="asset-check-photo">
            {t('assetCheck.photo.choose')}
          </Button>
        </Upload>
      </Form.Item>
      {record.isError ? (
        <Alert
          type="error"
          showIcon
          title={apiErrorText(record.error, lang, t('assetCheck.failed'))}
          data-testid="asset-check-error"
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="asset-check-submit">
        {t('assetCheck.submit')}
      </Button>
    </Form>
  );
}
