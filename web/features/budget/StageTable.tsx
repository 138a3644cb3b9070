import { App, Button, Form, Input, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ProjectStage } from '../../../domain/budget/stage-responses.js';
import { BUDGET_STAGE_LABELS, BUDGET_STAGES, type BudgetStage } from '../../../domain/budget/stages.js';
import { bahtToSatang, formatBaht, satangToBahtString } from '../../../domain/thai/index.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { useProjectStages } from './api.js';
import { BahtInput } from './BahtInput.js';
import { useRecordStage } from './stageMutations.js';

type Row = { stage: BudgetStage; recorded: ProjectStage | null };
type FormValues = { amountBaht: string; cutReason?: string };

/** A project's budget through its stages with each cut and its reason; planners record amounts here. */
export function StageTable({ projectId, canRecord }: { projectId: string; canRecord: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const { data, isPending } = useProjectStages(projectId);
  const recordStage = useRecordStage();
  const [editing, setEditing] = useState<Row | null>(null);
  const [form] = Form.useForm<FormValues>();
  const rows: Row[] = BUDGET_STAGES.map((stage) => ({
    stage,
    recorded: data?.stages.find((entry) => entry.stage === stage) ?? null,
  }));

  const open = (row: Row) => {
    form.setFieldsValue({
      amountBaht: row.recorded ? satangToBahtString(BigInt(row.recorded.amountSatang)) : '',
      cutReason: row.recorded?.cutReason ?? '',
    });
    setEditing(row);
  };
  const save = (values: FormValues) => {
    if (!editing) {
      return;
    }
    recordStage.mutate(
      {
        projectId,
        stage: editing.stage,
        amountSatang: String(bahtToSatang(values.amountBaht)),
        cutReason: values.cutReason?.trim() || null,
        version: editing.recorded?.version,
      },
      {
        onSuccess: () => {
          setEditing(null);
          void message.success(t('budget.stages.recorded'));
        },
        onError: (error) => onError(error, { form }),
      },
    );
  };
  return (
    <>
      <Table<Row>
        rowKey="stage"
        size="small"
        bordered
        loading={isPending}
        pagination={false}
        dataSource={rows}
        caption={t('budget.stages.title')}
        columns={[
          {
            title: t('budget.stages.stage'),
            key: 'stage',
            render: (_, row) => BUDGET_STAGE_LABELS[row.stage][lang],
          },
          {
            title: t('budget.stages.amount'),
            key: 'amount',
            align: 'right',
            render: (_, row) =>
              row.recorded ? (
                formatBaht(BigInt(row.recorded.amountSatang))
              ) : (
                <Typography.Text type="secondary">{t('budget.stages.notRecorded')}</Typography.Text>
              ),
          },
          {
            title: t('budget.stages.cut'),
            key: 'cut',
            align: 'right',
            render: (_, row) =>
              row.recorded && row.recorded.cutSatang !== '0'
                ? formatBaht(BigInt(row.recorded.cutSatang))
                : '',
          },
          {
            title: t('budget.stages.reason'),
            key: 'reason',
            render: (_, row) => row.recorded?.cutReason ?? '',
          },
          {
            title: t('budget.stages.recordedAt'),
            key: 'at',
            render: (_, row) => formatDate(row.recorded?.recordedAt, lang),
          },
          ...(canRecord
            ? [
                {
                  title: '',
                  key: 'record',
                  render: (_: unknown, row: Row) => (
                    <Button
                      size="small"
                      onClick={() => open(row)}
                      aria-label={`${t('budget.stages.record')}: ${BUDGET_STAGE_LABELS[row.stage][lang]}`}
                    >
                      {t('budget.stages.record')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing ? `${t('budget.stages.record')}: ${BUDGET_STAGE_LABELS[editing.stage][lang]}` : ''}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={recordStage.isPending}
        destroyOnHidden
      >
        <Form<FormValues> form={form} layout="vertical" onFinish={save}>
          <Form.Item name="amountBaht" label={t('budget.stages.amountBaht')} rules={[{ required: true }]}>
            <BahtInput />
          </Form.Item>
          <Form.Item name="cutReason" label={t('budget.stages.reason')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
