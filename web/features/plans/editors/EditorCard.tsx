import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/index.js';

export interface EditorCardProps {
  title: ReactNode;
  canEdit: boolean;
  saving: boolean;
  deleting: boolean;
  onSave: () => void;
  onDelete: () => void;
  /** What deleting also removes, for the confirmation. */
  deleteWarning: string;
  /** Buttons that add children, reorder, … */
  extra?: ReactNode;
  children: ReactNode;
}

/** Frame of every node editor: title, the form, and save/delete when the version is editable. */
export function EditorCard(props: EditorCardProps) {
  const t = useT();
  return (
    <Card
      size="small"
      title={props.title}
      className={props.canEdit ? 'node-editor' : 'node-editor node-editor-readonly'}
      data-testid="plan-node-editor"
    >
      {props.children}
      {(props.canEdit || props.extra) && (
        <Flex wrap gap={8} justify="space-between" className="node-editor-actions">
          <Space wrap>{props.extra}</Space>
          {props.canEdit && (
            <Space wrap>
              <Popconfirm
                title={props.deleteWarning}
                okText={t('plans.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={props.onDelete}
              >
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  loading={props.deleting}
                  data-testid="plan-node-delete"
                >
                  {t('plans.delete')}
                </Button>
              </Popconfirm>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={props.saving}
                onClick={props.onSave}
                data-testid="plan-node-save"
              >
                {t('common.save')}
              </Button>
            </Space>
          )}
        </Flex>
      )}
    </Card>
  );
}
