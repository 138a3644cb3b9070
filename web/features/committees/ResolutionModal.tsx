import { App, Form, Input, Modal, Select } from 'antd';
import {
  RESOLUTION_KINDS,
  RESOLUTION_LABELS,
  type ResolutionKind,
} from '../../../domain/committees/committee.js';
import type { AgendaItemView } from '../../../domain/committees/responses.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useRecordResolution } from './api.js';

type Values = { kind: ResolutionKind; text: string };

/** Records the resolution of one agenda item; on a waiting document it takes the approval step. */
export function ResolutionModal({ item, onClose }: { item: AgendaItemView | null; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const record = useRecordResolution();
  const handleApiError = useApiErrorHandler();
  const kinds = item?.documentId
    ? RESOLUTION_KINDS.filter((kind) => kind !== 'note' && kind !== 'assign')
    : RESOLUTION_KINDS;
  const submit = (values: Values) => {
    if (!item) {
      return;
    }
    record.mutate(
      { itemId: item.id, version: item.version, body: values },
      {
        onSuccess: () => {
          void message.success(t('committees.resolutionSaved'));
          form.resetFields();
          onClose();
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  };
  return (
    <Modal
      open={item !== null}
      title={t('committees.recordResolution')}
      okText={t('committees.save')}
      cancelText={t('committees.cancel')}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{item?.title}</p>
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="kind" label={t('committees.resolutionKind')} rules={[{ required: true }]}>
          <Select
            data-testid="resolution-kind"
            options={kinds.map((kind) => ({ value: kind, label: RESOLUTION_LABELS[kind][lang] }))}
          />
        </Form.Item>
        <Form.Item name="text" label={t('committees.resolutionText')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="resolution-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
