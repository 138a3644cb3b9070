import { App, Button, Form, Input, Select } from 'antd';
import {
  AGENDA_SECTION_LABELS,
  AGENDA_SECTIONS,
  type AgendaSection,
} from '../../../domain/committees/committee.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useAddAgendaItem } from './api.js';

type Values = { section: AgendaSection; title: string };

/** Adds a free item (one the system does not propose) under a standard section. */
export function AddItemForm({ meetingId }: { meetingId: string }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const add = useAddAgendaItem(meetingId);
  const handleApiError = useApiErrorHandler();
  const submit = (values: Values) =>
    add.mutate(values, {
      onSuccess: () => {
        void message.success(t('committees.itemAdded'));
        form.resetFields();
      },
      onError: (error) => handleApiError(error, { form }),
    });
  return (
    <Form<Values> form={form} layout="inline" onFinish={submit} initialValues={{ section: 5 }}>
      <Form.Item name="section" label={t('committees.sectionLabel')}>
        <Select
          style={{ width: 280 }}
          options={AGENDA_SECTIONS.map((section) => ({
            value: section,
            label: `${t('committees.section', { no: section })} ${AGENDA_SECTION_LABELS[section][lang]}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('committees.item')} rules={[{ required: true }]}>
        <Input style={{ width: 320 }} data-testid="agenda-item-title" />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending} data-testid="add-agenda-item">
        {t('committees.addItem')}
      </Button>
    </Form>
  );
}
