import { Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import {
  ASSET_CONDITION_LABELS,
  ASSET_CONDITIONS,
  type AssetCondition,
} from '../../../domain/assets/asset.js';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';

/** What a check records, for recording one and for correcting it; `testId` prefixes the fields' test ids. */
export function AssetCheckFields({ asset, testId }: { asset: AssetDetail; testId: string }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <>
      <Form.Item name="checkedOn" label={t('assetCheck.checkedOn')} rules={[{ required: true }]}>
        <BeDatePicker
          data-testid={`${testId}-date`}
          disabledDate={(day) =>
            day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(asset.handoverDate), 'day')
          }
        />
      </Form.Item>
      <Form.Item name="condition" label={t('assetCheck.condition')} rules={[{ required: true }]}>
        <Select<AssetCondition>
          style={{ maxWidth: 280 }}
          data-testid={`${testId}-condition`}
          options={ASSET_CONDITIONS.map((value) => ({
            value,
            label: ASSET_CONDITION_LABELS[value][lang],
          }))}
        />
      </Form.Item>
      <Form.Item name="inUse" label={t('assetCheck.inUse')} rules={[{ required: true }]}>
        <Radio.Group data-testid={`${testId}-in-use`}>
          <Radio value={true}>{t('assetCheck.inUse.yes')}</Radio>
          <Radio value={false}>{t('assetCheck.inUse.no')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={t('assetCheck.note')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid={`${testId}-note`} />
      </Form.Item>
    </>
  );
}
