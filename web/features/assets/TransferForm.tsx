import { Alert, Button, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import { ASSET_TRANSITION_RULES, type AssetTransition } from '../../../domain/assets/transitions.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { apiErrorText } from '../../components/apiErrorText.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { useTransitionAsset } from './api.js';

type Values = { action: AssetTransition; eventDate: Dayjs; documentRef?: string; reason?: string };

/** The next step of an asset's transfer: the move, its date, and the letter or reason it needs. */
export function TransferForm({ asset }: { asset: AssetDetail }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const transition = useTransitionAsset(asset.id);
  const action = Form.useWatch('action', form);
  const rule = action ? ASSET_TRANSITION_RULES[action] : null;
  const submit = (values: Values) =>
    transition.mutate(
      {
        action: values.action,
        eventDate: values.eventDate.format('YYYY-MM-DD'),
        documentRef: values.documentRef || null,
        reason: values.reason || null,
        version: asset.version,
      },
      { onSuccess: () => form.resetFields() },
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ eventDate: dayjs() }}
      data-testid="asset-transfer-form"
    >
      <Form.Item name="action" label={t('assets.transfer.action')} rules={[{ required: true }]}>
        <Select<AssetTransition>
          data-testid="asset-transfer-action"
          options={asset.availableTransitions.map((value) => ({
            value,
            label: ASSET_TRANSITION_RULES[value].label[lang],
          }))}
        />
      </Form.Item>
      <Form.Item name="eventDate" label={t('assets.transfer.date')} rules={[{ required: true }]}>
        <BeDatePicker data-testid="asset-transfer-date" />
      </Form.Item>
      <Form.Item
        name="documentRef"
        label={t('assets.transfer.document')}
        rules={[{ required: rule?.documentRequired ?? false }]}
      >
        <Input data-testid="asset-transfer-document" />
      </Form.Item>
      <Form.Item name="reason" label={t('assets.transfer.reason')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      {transition.isError ? (
        <Alert
          type="error"
          showIcon
          message={apiErrorText(transition.error, lang, t('assets.transfer.failed'))}
        />
      ) : null}
      <Button
        type="primary"
        htmlType="submit"
        loading={transition.isPending}
        data-testid="asset-transfer-submit"
      >
        {t('assets.transfer.submit')}
      </Button>
    </Form>
  );
}
