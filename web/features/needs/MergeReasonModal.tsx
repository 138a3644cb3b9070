import { Button, Form, Input, Modal, Typography } from 'antd';
import { needMergeSchema } from '../../../domain/needs/state-machine.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { zodRule } from '../../components/zodRule.js';

export interface MergeReasonModalProps {
  /** What will happen, in words the user confirms. */
  description: string;
  defaultReason: string;
  loading: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks for the reason every merge must carry, then confirms it. */
export function MergeReasonModal({
  description,
  defaultReason,
  loading,
  onConfirm,
  onCancel,
}: MergeReasonModalProps) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <Modal
      open
      title={t('needs.merge.title')}
      onCancel={onCancel}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          loading={loading}
          onClick={() => form.submit()}
          data-testid="need-merge-confirm"
        >
          {t('needs.merge.confirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reason: defaultReason }}
        onFinish={(values) => onConfirm(values.reason.trim())}
      >
        <Form.Item
          name="reason"
          label={t('needs.merge.reason')}
          required
          rules={[zodRule(needMergeSchema, 'reason', lang)]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="need-merge-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
