import { App, Button, Form, Input, List, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ProvisionInput } from '../../../domain/regulations/regulation-input.js';
import type { RegulationVersion } from '../../../domain/regulations/responses.js';
import { REGULATION_STATUS_LABELS } from '../../../domain/regulations/vocabulary.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { BeDatePicker } from '../../components/BeDatePicker.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { useAddProvision, useAddVersion, useRegulation } from './admin-api.js';

type VersionValues = { label: string; effectiveFrom: Dayjs; url?: string; note?: string };

function AddVersionForm({ id }: { id: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<VersionValues>();
  const add = useAddVersion(id);
  const handleApiError = useApiErrorHandler();
  const submit = (values: VersionValues) =>
    add.mutate(
      {
        label: values.label,
        effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
        url: values.url?.trim() || null,
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('regulations.admin.saved'));
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  return (
    <Form<VersionValues> form={form} layout="inline" onFinish={submit} data-testid="regulation-version-form">
      <Form.Item name="label" label={t('regulations.field.versionLabel')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="effectiveFrom"
        label={t('regulations.field.effectiveFrom')}
        rules={[{ required: true }]}
      >
        <BeDatePicker />
      </Form.Item>
      <Form.Item name="url" label={t('regulations.field.url')}>
        <Input type="url" />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('regulations.admin.addVersion')}
      </Button>
    </Form>
  );
}

function AddProvisionForm({ id }: { id: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProvisionInput>();
  const add = useAddProvision(id);
  const handleApiError = useApiErrorHandler();
  const submit = (values: ProvisionInput) =>
    add.mutate(
      { ...values, heading: values.heading?.trim() || null },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('regulations.admin.saved'));
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  return (
    <Form<ProvisionInput>
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="regulation-provision-form"
    >
      <Space wrap align="start">
        <Form.Item name="reference" label={t('regulations.field.reference')} rules={[{ required: true }]}>
          <Input placeholder={t('regulations.field.referenceExample')} data-testid="provision-reference" />
        </Form.Item>
        <Form.Item name="heading" label={t('regulations.field.heading')}>
          <Input />
        </Form.Item>
      </Space>
      <Form.Item name="text" label={t('regulations.field.text')} rules={[{ required: true }]}>
        <Input.TextArea rows={2} data-testid="provision-text" />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending} data-testid="provision-add">
        {t('regulations.admin.addProvision')}
      </Button>
    </Form>
  );
}

/** An entry's versions (which was in force when) and provisions with what cites them; forms for managers. */
export function RegulationDetail({ id, canManage }: { id: string; canManage: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const entry = useRegulation(id);
  const data = entry.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="regulation-detail">
      <Typography.Paragraph style={{ margin: 0 }}>{data?.summary}</Typography.Paragraph>
      <Table<RegulationVersion>
        rowKey="id"
        size="small"
        pagination={false}
        loading={entry.isPending}
        dataSource={data?.versions ?? []}
        locale={{ emptyText: t('regulations.versions.none') }}
        columns={[
          {
            title: t('regulations.field.versionLabel'),
            render: (_, row) => (
              <Space size={4}>
                {row.label}
                {row.id === data?.inForceVersionId ? (
                  <Tag color="green">{t('regulations.inForce')}</Tag>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('regulations.field.effectiveFrom'),
            render: (_, row) =>
              `${formatIsoDate(row.effectiveFrom, lang, { style: 'short' })} – ${
                row.effectiveTo ? formatIsoDate(row.effectiveTo, lang, { style: 'short' }) : ''
              }`,
          },
        ]}
      />
      {canManage ? <AddVersionForm id={id} /> : null}
      <List
        size="small"
        dataSource={data?.provisions ?? []}
        locale={{ emptyText: t('regulations.provisions.none') }}
        renderItem={(provision) => (
          <List.Item key={provision.id}>
            <Space direction="vertical" size={2}>
              <Space wrap size={4}>
                <Typography.Text strong>
                  {provision.reference}
                  {provision.heading ? ` ${provision.heading}` : ''}
                </Typography.Text>
                <Tag color={provision.status === 'in_force' ? 'green' : 'default'}>
                  {REGULATION_STATUS_LABELS[provision.status][lang]}
                </Tag>
              </Space>
              <Typography.Text>{provision.text}</Typography.Text>
              {provision.citedBy.length > 0 ? (
                <Typography.Text type="secondary">
                  {t('regulations.citedBy')}: {provision.citedBy.map((cite) => cite.label[lang]).join(' · ')}
                </Typography.Text>
              ) : null}
            </Space>
          </List.Item>
        )}
      />
      {canManage ? <AddProvisionForm id={id} /> : null}
    </Space>
  );
}
