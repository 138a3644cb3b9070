import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { approachUpdateSchema } from '../../../../domain/plans/plan-children-input.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { zodRule } from '../../../components/zodRule.js';
import type { NewNode } from '../node-mutations.js';
import type { PlanNodeRef } from '../tree/treeIndex.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { EditorCard } from './EditorCard.js';
import { issueOptions } from './parentOptions.js';
import { useNodeActions } from './useNodeActions.js';

export interface ApproachEditorProps {
  tree: VersionTree;
  entry: Extract<PlanNodeRef, { kind: 'approach' }>;
  onAdd: (target: NewNode) => void;
  onDeleted: () => void;
}

interface ApproachValues {
  title: string;
  description: string | null;
  issueId: string;
}

/** A development approach (แนวทางการพัฒนา) holding project-set items. */
export function ApproachEditor({ tree, entry, onAdd, onDeleted }: ApproachEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const approach = entry.node;
  const { saveBody, deleteNode, saving, deleting } = useNodeActions('approach', approach);
  const [form] = Form.useForm<ApproachValues>();
  const canEdit = tree.canEdit;
  const rule = (field: keyof typeof approachUpdateSchema.shape) => [
    zodRule(approachUpdateSchema, field, lang),
  ];

  const handleFinish = (values: ApproachValues) => {
    void saveBody(
      {
        title: values.title.trim(),
        description: values.description?.trim() || null,
        ...(values.issueId !== approach.issueId ? { issueId: values.issueId } : {}),
      },
      form,
    );
  };

  return (
    <EditorCard
      title={t('plans.kind.approachNumbered', { number: entry.number })}
      canEdit={canEdit}
      saving={saving}
      deleting={deleting}
      onSave={() => form.submit()}
      onDelete={() => deleteNode(onDeleted)}
      deleteWarning={t('plans.confirmDelete.approach')}
      extra={
        canEdit && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => onAdd({ kind: 'item', approachId: approach.id })}
            data-testid="plan-add-item"
          >
            {t('plans.add.item')}
          </Button>
        )
      }
    >
      <Form<ApproachValues>
        form={form}
        layout="vertical"
        disabled={!canEdit}
        initialValues={{
          title: approach.title,
          description: approach.description,
          issueId: approach.issueId,
        }}
        onFinish={handleFinish}
      >
        <Form.Item name="title" label={t('plans.field.nodeTitle')} required rules={rule('title')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="plan-node-title" />
        </Form.Item>
        <Form.Item name="description" label={t('plans.field.description')} rules={rule('description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="issueId" label={t('plans.field.issue')}>
          <Select options={issueOptions(tree, t)} />
        </Form.Item>
      </Form>
    </EditorCard>
  );
}
