import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { objectiveUpdateSchema } from '../../../../domain/plans/plan-children-input.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { zodRule } from '../../../components/zodRule.js';
import type { NewNode } from '../node-mutations.js';
import type { PlanNodeRef } from '../tree/treeIndex.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { EditorCard } from './EditorCard.js';
import { issueOptions } from './parentOptions.js';
import { useNodeActions } from './useNodeActions.js';

export interface ObjectiveEditorProps {
  tree: VersionTree;
  entry: Extract<PlanNodeRef, { kind: 'objective' }>;
  onAdd: (target: NewNode) => void;
  onDeleted: () => void;
}

interface ObjectiveValues {
  title: string;
  issueId: string;
}

/** An objective (เป้าประสงค์) under an issue; it can move to another issue of the version. */
export function ObjectiveEditor({ tree, entry, onAdd, onDeleted }: ObjectiveEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const objective = entry.node;
  const { saveBody, deleteNode, saving, deleting } = useNodeActions('objective', objective);
  const [form] = Form.useForm<ObjectiveValues>();
  const canEdit = tree.canEdit;

  const handleFinish = (values: ObjectiveValues) => {
    void saveBody(
      {
        title: values.title.trim(),
        ...(values.issueId !== objective.issueId ? { issueId: values.issueId } : {}),
      },
      form,
    );
  };

  return (
    <EditorCard
      title={t('plans.kind.objectiveNumbered', { number: entry.number })}
      canEdit={canEdit}
      saving={saving}
      deleting={deleting}
      onSave={() => form.submit()}
      onDelete={() => deleteNode(onDeleted)}
      deleteWarning={t('plans.confirmDelete.objective')}
      extra={
        canEdit && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => onAdd({ kind: 'kpi', objectiveId: objective.id })}
            data-testid="plan-add-kpi"
          >
            {t('plans.add.kpi')}
          </Button>
        )
      }
    >
      <Form<ObjectiveValues>
        form={form}
        layout="vertical"
        disabled={!canEdit}
        initialValues={{ title: objective.title, issueId: objective.issueId }}
        onFinish={handleFinish}
      >
        <Form.Item
          name="title"
          label={t('plans.field.nodeTitle')}
          required
          rules={[zodRule(objectiveUpdateSchema, 'title', lang)]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="plan-node-title" />
        </Form.Item>
        <Form.Item name="issueId" label={t('plans.field.issue')}>
          <Select options={issueOptions(tree, t)} />
        </Form.Item>
      </Form>
    </EditorCard>
  );
}
