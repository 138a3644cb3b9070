import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Upload } from 'antd';
import type { Project, ProjectReadiness } from '../../../domain/projects/project-response.js';
import {
  READINESS_ITEM_LABELS,
  READINESS_STATUS_LABELS,
  READINESS_STATUSES,
  type ReadinessItem,
  type ReadinessStatus,
} from '../../../domain/projects/project.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { projectEvidenceUrl } from './api.js';
import { useAttachEvidence, useDeleteEvidence, useUpdateProject } from './mutations.js';

type Values = { rows: { item: ReadinessItem; status: ReadinessStatus; note: string | null }[] };

/** The readiness checklist: a status and note per item, and evidence files uploaded against each. */
export function ReadinessPanel({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const update = useUpdateProject(project.id);
  const attach = useAttachEvidence(project.id);
  const remove = useDeleteEvidence(project.id);
  const [form] = Form.useForm<Values>();
  const rows = project.readiness.map(({ item, status, note }) => ({ item, status, note }));
  const save = ({ rows: edited }: Values) =>
    update.mutate(
      {
        readiness: edited.map((row) => ({ ...row, note: row.note?.trim() || null })),
        version: project.version,
      },
      {
        onSuccess: () => void message.success(t('projectForm.readiness.saved')),
        onError: (error) => onError(error, { form }),
      },
    );
  const upload = (item: ReadinessItem, file: File) => {
    attach.mutate(
      { item, file },
      {
        onSuccess: () => void message.success(t('projectForm.readiness.uploaded', { name: file.name })),
        onError: (error) => onError(error),
      },
    );
    return false;
  };
  const files = (row: ProjectReadiness) => (
    <Space orientation="vertical" size={2}>
      {row.files.map((file) => (
        <Space key={file.id} size={4}>
          <PaperClipOutlined />
          <a href={projectEvidenceUrl(project.id, file.id)} download={file.fileName}>
            {file.fileName}
          </a>
          {canEdit ? (
            <Popconfirm
              title={t('projectForm.readiness.confirmDelete', { name: file.fileName })}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() => remove.mutate(file.id, { onError: (error) => onError(error) })}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('projectForm.readiness.delete', { name: file.fileName })}
              />
            </Popconfirm>
          ) : null}
        </Space>
      ))}
      {canEdit ? (
        <Upload showUploadList={false} beforeUpload={(file) => upload(row.item, file)}>
          <Button
            size="small"
            icon={<UploadOutlined />}
            loading={attach.isPending && attach.variables?.item === row.item}
            data-testid={`evidence-upload-${row.item}`}
          >
            {t('projectForm.readiness.upload')}
          </Button>
        </Upload>
      ) : null}
    </Space>
  );
  return (
    <Card size="small" title={t('projectForm.readiness.title')} data-testid="readiness-panel">
      <Form<Values>
        form={form}
        initialValues={{ rows }} // The item of each row is held in the store, not in a field, so the whole store is saved.
        onFinish={() => save(form.getFieldsValue(true))}
        disabled={!canEdit}
      >
        <Table<ProjectReadiness>
          rowKey="item"
          size="small"
          pagination={false}
          dataSource={project.readiness}
          columns={[
            {
              title: t('projectForm.readiness.item'),
              key: 'item',
              render: (_, row) => READINESS_ITEM_LABELS[row.item][lang],
            },
            {
              title: t('projectForm.readiness.status'),
              key: 'status',
              width: 200,
              render: (_, row, index) => (
                <Form.Item name={['rows', index, 'status']} noStyle>
                  <Select
                    style={{ width: '100%' }}
                    aria-label={`${t('projectForm.readiness.status')}: ${READINESS_ITEM_LABELS[row.item][lang]}`}
                    data-testid={`readiness-status-${row.item}`}
                    options={READINESS_STATUSES.map((value) => ({
                      value,
                      label: READINESS_STATUS_LABELS[value][lang],
                    }))}
                  />
                </Form.Item>
              ),
            },
            {
              title: t('projectForm.readiness.note'),
              key: 'note',
              render: (_, row, index) => (
                <Form.Item name={['rows', index, 'note']} noStyle>
                  <Input
                    maxLength={2000}
                    aria-label={`${t('projectForm.readiness.note')}: ${READINESS_ITEM_LABELS[row.item][lang]}`}
                  />
                </Form.Item>
              ),
            },
            { title: t('projectForm.readiness.evidence'), key: 'files', render: (_, row) => files(row) },
          ]}
        />
        {canEdit ? (
          <Button
            type="primary"
            htmlType="submit"
            loading={update.isPending}
            style={{ marginTop: 12 }}
            data-testid="readiness-save"
          >
            {t('projectForm.readiness.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
