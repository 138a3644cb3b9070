import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { RegulationInput } from '../../../domain/regulations/regulation-input.js';
import type { RegulationSummary } from '../../../domain/regulations/responses.js';
import { REGULATION_KIND_LABELS, REGULATION_KINDS } from '../../../domain/regulations/vocabulary.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { useSaveRegulation } from './admin-api.js';

type Values = Omit<RegulationInput, 'issuedOn'> & { issuedOn: Dayjs };

const blank = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** Adds a library entry, or edits one (sent with the version it was read at). */
export function RegulationForm(props: { entry?: RegulationSummary; onClose: () => void }) {
  const { entry, onClose } = props;
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveRegulation();
  const handleApiError = useApiErrorHandler();
  const submit = (values: Values) =>
    save.mutate(
      {
        id: entry?.id,
        version: entry?.version,
        input: {
          ...values,
          titleEn: blank(values.titleEn),
          number: blank(values.number),
          url: blank(values.url),
          issuedOn: values.issuedOn.format('YYYY-MM-DD'),
          verified: values.verified ?? false,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('regulations.admin.saved'));
          onClose();
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  return (
    <Modal
      open
      title={t(entry ? 'regulations.admin.edit' : 'regulations.admin.add')}
      okText={t('regulations.admin.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'regulation-save' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          entry ? { ...entry, issuedOn: dayjs(entry.issuedOn) } : { kind: 'regulation', verified: false }
        }
      >
        <Form.Item name="titleTh" label={t('regulations.field.titleTh')} rules={[{ required: true }]}>
          <Input data-testid="regulation-title" />
        </Form.Item>
        <Form.Item name="titleEn" label={t('regulations.field.titleEn')}>
          <Input />
        </Form.Item>
        <Form.Item name="number" label={t('regulations.col.number')}>
          <Input />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('regulations.col.issuedOn')} rules={[{ required: true }]}>
          <BeDatePicker data-testid="regulation-issued-on" />
        </Form.Item>
        <Form.Item name="issuingBody" label={t('regulations.col.issuingBody')} rules={[{ required: true }]}>
          <Input data-testid="regulation-issuing-body" />
        </Form.Item>
        <Form.Item name="kind" label={t('regulations.col.kind')} rules={[{ required: true }]}>
          <Select
            options={REGULATION_KINDS.map((value) => ({ value, label: REGULATION_KIND_LABELS[value][lang] }))}
          />
        </Form.Item>
        <Form.Item name="url" label={t('regulations.field.url')}>
          <Input type="url" />
        </Form.Item>
        <Form.Item name="summary" label={t('regulations.field.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="regulation-summary" />
        </Form.Item>
        <Form.Item name="verified" valuePropName="checked">
          <Checkbox>{t('regulations.field.verified')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
