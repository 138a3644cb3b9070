import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { issueUpdateSchema } from '../../../../domain/plans/plan-children-input.js';
import { useApiErrorHandler } from '../../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { zodRule } from '../../../components/zodRule.js';
import { AlignmentLinksEditor } from '../alignment/AlignmentLinksEditor.js';
import { linksSignature, toLinkInput } from '../alignment/linkView.js';
import { useReorderIssues } from '../mutations.js';
import type { NewNode } from '../node-mutations.js';
import type { PlanNodeRef } from '../tree/treeIndex.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import type { AlignmentLinkView } from '../../../../domain/plans/tree.js';
import { EditorCard } from './EditorCard.js';
import { useNodeActions } from './useNodeActions.js';

export interface IssueEditorProps {
  tree: VersionTree;
  entry: Extract<PlanNodeRef, { kind: 'issue' }>;
  onAdd: (target: NewNode) => void;
  onDeleted: () => void;
}

interface IssueValues {
  title: string;
  description: string | null;
  alignment: AlignmentLinkView[];
}

/** A development issue (ประเด็นการพัฒนา): title, description, alignment and its place in the order. */
export function IssueEditor({ tree, entry, onAdd, onDeleted }: IssueEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const issue = entry.node;
  const { saveBody, deleteNode, saving, deleting } = useNodeActions('issue', issue);
  const reorder = useReorderIssues();
  const [form] = Form.useForm<IssueValues>();
  const canEdit = tree.canEdit;
  const position = tree.issues.findIndex((candidate) => candidate.id === issue.id);

  const handleMove = (step: -1 | 1) => {
    const ids = tree.issues.map((candidate) => candidate.id);
    const [moved] = ids.splice(position, 1);
    ids.splice(position + step, 0, moved ?? issue.id);
    reorder.mutate(
      { versionId: tree.version.id, version: tree.version.version, ids },
      {
        onSuccess: () => void message.success(t('plans.tree.reordered')),
        onError: (error) => handleApiError(error),
      },
    );
  };

  const handleFinish = (values: IssueValues) => {
    const body: Record<string, unknown> = {
      title: values.title.trim(),
      description: values.description?.trim() || null,
    };
    if (linksSignature(values.alignment) !== linksSignature(issue.alignment)) {
      body.alignment = toLinkInput(values.alignment);
    }
    void saveBody(body, form);
  };

  return (
    <EditorCard
      title={t('plans.kind.issueNumbered', { number: entry.number })}
      canEdit={canEdit}
      saving={saving}
      deleting={deleting}
      onSave={() => form.submit()}
      onDelete={() => deleteNode(onDeleted)}
      deleteWarning={t('plans.confirmDelete.issue')}
      extra={
        canEdit && (
          <>
            <Button
              icon={<PlusOutlined />}
              onClick={() => onAdd({ kind: 'objective', issueId: issue.id })}
              data-testid="plan-add-objective"
            >
              {t('plans.add.objective')}
            </Button>
            <Button
              icon={<PlusOutlined />}
              onClick={() => onAdd({ kind: 'approach', issueId: issue.id })}
              data-testid="plan-add-approach"
            >
              {t('plans.add.approach')}
            </Button>
            <Button
              icon={<ArrowUpOutlined />}
              disabled={position <= 0}
              loading={reorder.isPending}
              onClick={() => handleMove(-1)}
              aria-label={t('plans.tree.moveUp')}
            />
            <Button
              icon={<ArrowDownOutlined />}
              disabled={position >= tree.issues.length - 1}
              loading={reorder.isPending}
              onClick={() => handleMove(1)}
              aria-label={t('plans.tree.moveDown')}
            />
          </>
        )
      }
    >
      <Form<IssueValues>
        form={form}
        layout="vertical"
        disabled={!canEdit}
        initialValues={{ title: issue.title, description: issue.description, alignment: issue.alignment }}
        onFinish={handleFinish}
      >
        <Form.Item
          name="title"
          label={t('plans.field.nodeTitle')}
          required
          rules={[zodRule(issueUpdateSchema, 'title', lang)]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="plan-node-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('plans.field.description')}
          rules={[zodRule(issueUpdateSchema, 'description', lang)]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="alignment" label={t('plans.field.alignment')}>
          <AlignmentLinksEditor disabled={!canEdit} testId="plan-issue-alignment" />
        </Form.Item>
      </Form>
    </EditorCard>
  );
}
