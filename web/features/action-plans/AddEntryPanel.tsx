import { App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import {
  ENTRY_CLASSES,
  ENTRY_CLASS_LABELS,
  type EntryClass,
} from '../../../domain/action-plans/action-plan.js';
import {
  BUDGET_TYPES,
  BUDGET_TYPE_LABELS,
  PROJECT_CATEGORIES,
  type BudgetType,
  type ProjectCategory,
} from '../../../domain/projects/project.js';
import { bahtToSatang } from '../../../domain/thai/money.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useAddEntry, useCandidates, usePropose } from './api.js';

interface ProposalValues {
  title: string;
  budgetType: BudgetType;
  category: ProjectCategory;
  amountBaht: number;
  entryClass: EntryClass;
}

/** Picks a project of the unit and year (the project-set list's among them) or proposes a new one. */
export function AddEntryPanel({ planId }: { planId: string }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const candidates = useCandidates(planId, true);
  const add = useAddEntry(planId);
  const propose = usePropose(planId);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [entryClass, setEntryClass] = useState<EntryClass>('within');
  const [form] = Form.useForm<ProposalValues>();
  const classOptions = ENTRY_CLASSES.map((key) => ({ value: key, label: ENTRY_CLASS_LABELS[key][lang] }));

  return (
    <Card size="small" title={t('actionPlans.add')}>
      <Space wrap>
        <Select
          showSearch
          allowClear
          style={{ minWidth: 320 }}
          placeholder={t('actionPlans.pickProject')}
          aria-label={t('actionPlans.pickProject')}
          value={projectId}
          onChange={setProjectId}
          optionFilterProp="label"
          options={(candidates.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.code} ${p.title}`,
          }))}
          data-testid="candidate-select"
        />
        <Select
          value={entryClass}
          onChange={setEntryClass}
          options={classOptions}
          aria-label={t('actionPlans.class')}
          style={{ width: 200 }}
        />
        <Button
          disabled={!projectId}
          loading={add.isPending}
          onClick={() =>
            projectId &&
            add.mutate(
              { projectId, entryClass },
              { onSuccess: () => setProjectId(null), onError: (error) => handleApiError(error) },
            )
          }
        >
          {t('actionPlans.addToBoard')}
        </Button>
      </Space>
      <Form<ProposalValues>
        form={form}
        layout="inline"
        style={{ marginTop: 12, rowGap: 8 }}
        initialValues={{ budgetType: 'investment', category: 'construction', entryClass: 'within' }}
        onFinish={(values) =>
          propose.mutate(
            {
              title: values.title,
              budgetType: values.budgetType,
              category: values.category,
              entryClass: values.entryClass,
              amountSatang: String(bahtToSatang(values.amountBaht)),
            },
            {
              onSuccess: () => {
                void message.success(t('actionPlans.proposed'));
                form.resetFields(['title', 'amountBaht']);
              },
              onError: (error) => handleApiError(error, { form }),
            },
          )
        }
      >
        <Form.Item
          name="title"
          label={t('actionPlans.newTitle')}
          rules={[{ required: true, message: t('actionPlans.titleRequired') }]}
        >
          <Input style={{ width: 280 }} maxLength={500} data-testid="proposal-title" />
        </Form.Item>
        <Form.Item
          name="amountBaht"
          label={t('actionPlans.amountBaht')}
          rules={[{ required: true, message: t('actionPlans.amountRequired') }]}
        >
          <InputNumber min={0} style={{ width: 160 }} data-testid="proposal-amount" />
        </Form.Item>
        <Form.Item name="budgetType" label={t('actionPlans.budgetType')}>
          <Select
            style={{ width: 150 }}
            options={BUDGET_TYPES.map((key) => ({ value: key, label: BUDGET_TYPE_LABELS[key][lang] }))}
          />
        </Form.Item>
        <Form.Item name="category" hidden>
          <Select options={PROJECT_CATEGORIES.map((key) => ({ value: key, label: key }))} />
        </Form.Item>
        <Form.Item name="entryClass" label={t('actionPlans.class')}>
          <Select style={{ width: 200 }} options={classOptions} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={propose.isPending} data-testid="proposal-submit">
          {t('actionPlans.propose')}
        </Button>
      </Form>
    </Card>
  );
}
