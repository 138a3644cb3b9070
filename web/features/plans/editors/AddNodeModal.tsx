import { App, Form, Input, Modal, Select } from 'antd';
import type { z } from 'zod';
import {
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  KPI_DIRECTIONS,
  KPI_ROLLUPS,
} from '../../../../domain/plans/plan.js';
import {
  approachInputSchema,
  issueInputSchema,
  itemInputSchema,
  kpiInputSchema,
  objectiveInputSchema,
} from '../../../../domain/plans/plan-children-input.js';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useLang, useT, type MessageKey } from '../../../app/i18n/index.js';
import {
  blankToUndefined,
  isRequiredField,
  zodRule,
  type ShapedSchema,
} from '../../../components/zodRule.js';
import { useCreateNode, type NewNode, type NodeKind } from '../node-mutations.js';
import { nodeKey } from '../tree/treeIndex.js';
import { DIRECTION_LABELS, ROLLUP_LABELS } from './kpiLabels.js';

export interface AddNodeModalProps {
  target: NewNode;
  onClose: () => void;
  /** With the new node's tree key, so it opens in the editor. */
  onCreated: (key: string) => void;
}

type Values = Record<string, string | undefined>;

const SCHEMAS: Record<NodeKind, ShapedSchema<Record<string, z.ZodType>>> = {
  issue: issueInputSchema,
  objective: objectiveInputSchema,
  kpi: kpiInputSchema,
  approach: approachInputSchema,
  item: itemInputSchema,
};

const TITLES: Record<NodeKind, MessageKey> = {
  issue: 'plans.add.issue',
  objective: 'plans.add.objective',
  kpi: 'plans.add.kpi',
  approach: 'plans.add.approach',
  item: 'plans.add.item',
};

/** Asks for what a new node cannot be saved without, then opens it for the rest. */
export function AddNodeModal({ target, onClose, onCreated }: AddNodeModalProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const create = useCreateNode();
  const [form] = Form.useForm<Values>();
  const kind = target.kind;
  const schema = SCHEMAS[kind];
  const rules = (field: string) => [zodRule(schema, field, lang)];
  const required = (field: string) => isRequiredField(schema, field);

  const handleFinish = (values: Values) => {
    const body = Object.fromEntries(
      Object.entries(values)
        .map(([key, value]) => [key, blankToUndefined(value)])
        .filter(([, value]) => value !== undefined),
    );
    create.mutate(
      { target, body },
      {
        onSuccess: (node) => {
          void message.success(t('plans.saved'));
          onCreated(nodeKey(kind, node.id));
        },
        onError: (error) => handleApiError(error, { form }),
      },
    );
  };

  const titleField = kind === 'kpi' ? 'name' : 'title';
  return (
    <Modal
      open
      title={t(TITLES[kind])}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('plans.add.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={kind === 'kpi' ? { direction: 'higher_is_better', rollup: 'sum' } : {}}
      >
        <Form.Item
          name={titleField}
          label={t(kind === 'kpi' ? 'plans.field.kpiName' : 'plans.field.nodeTitle')}
          required={required(titleField)}
          rules={rules(titleField)}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            data-testid="plan-new-title"
          />
        </Form.Item>
        {(kind === 'issue' || kind === 'approach') && (
          <Form.Item name="description" label={t('plans.field.description')} rules={rules('description')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {kind === 'kpi' && (
          <>
            <Form.Item
              name="unit"
              label={t('plans.field.unit')}
              required={required('unit')}
              rules={rules('unit')}
            >
              <Input maxLength={100} data-testid="plan-new-unit" />
            </Form.Item>
            <Form.Item
              name="direction"
              label={t('plans.field.direction')}
              required
              rules={rules('direction')}
            >
              <Select
                options={KPI_DIRECTIONS.map((value) => ({ value, label: t(DIRECTION_LABELS[value]) }))}
              />
            </Form.Item>
            <Form.Item name="rollup" label={t('plans.field.rollup')} required rules={rules('rollup')}>
              <Select options={KPI_ROLLUPS.map((value) => ({ value, label: t(ROLLUP_LABELS[value]) }))} />
            </Form.Item>
          </>
        )}
        {kind === 'item' && (
          <Form.Item
            name="fundingSource"
            label={t('plans.field.fundingSource')}
            required
            rules={rules('fundingSource')}
          >
            <Select
              options={FUNDING_SOURCES.map((value) => ({ value, label: FUNDING_SOURCE_LABELS[value][lang] }))}
              data-testid="plan-new-funding"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
