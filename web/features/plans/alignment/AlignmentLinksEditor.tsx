import { DeleteOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { ALIGNMENT_SCHEME_LABELS, PRIMARY_LEVEL } from '../../../../domain/alignment/alignment.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import type { AlignmentLinkView } from '../../../../domain/plans/tree.js';
import { AlignmentNodeTitle } from './AlignmentSchemeTree.js';
import { AlignmentPickerModal } from './AlignmentPickerModal.js';

export interface AlignmentLinksEditorProps {
  value?: AlignmentLinkView[];
  onChange?: (links: AlignmentLinkView[]) => void;
  /** Project-set items name exactly one primary sub-plan target (Y1). */
  primary?: boolean;
  disabled?: boolean;
  testId?: string;
}

/** The alignment links of an issue, KPI or item, with the primary Y1 for items. */
export function AlignmentLinksEditor({
  value = [],
  onChange,
  primary = false,
  disabled,
  testId,
}: AlignmentLinksEditorProps) {
  const t = useT();
  const { lang } = useLang();
  const [picking, setPicking] = useState(false);
  const hasPrimary = value.some((link) => link.isPrimary);

  const setPrimary = (nodeId: string) =>
    onChange?.(
      value.map((link) => ({ ...link, isPrimary: link.nodeId === nodeId ? !link.isPrimary : false })),
    );
  const remove = (nodeId: string) => onChange?.(value.filter((link) => link.nodeId !== nodeId));

  return (
    <div data-testid={testId}>
      {value.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.alignment.none')} />
      ) : (
        <ul className="plain-list">
          {value.map((link) => {
            const canBePrimary = primary && link.level === PRIMARY_LEVEL;
            return (
              <li
                key={link.nodeId}
                className="plain-list-item alignment-link"
                data-testid={`alignment-link-${link.nodeId}`}
              >
                <div style={{ minWidth: 0 }}>
                  <Tag>{ALIGNMENT_SCHEME_LABELS[link.scheme][lang]}</Tag>
                  {link.isPrimary && <Tag color="gold">{t('plans.alignment.primary')}</Tag>}
                  <AlignmentNodeTitle node={link} />
                </div>
                <Space size={2}>
                  {primary && (
                    <Tooltip
                      title={
                        canBePrimary ? t('plans.alignment.markPrimary') : t('plans.alignment.primaryOnlyY1')
                      }
                    >
                      <Button
                        type="text"
                        size="small"
                        disabled={disabled || !canBePrimary}
                        icon={link.isPrimary ? <StarFilled style={{ color: '#d48806' }} /> : <StarOutlined />}
                        onClick={() => setPrimary(link.nodeId)}
                        aria-label={t('plans.alignment.markPrimary')}
                        data-testid="alignment-primary"
                      />
                    </Tooltip>
                  )}
                  {!disabled && (
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(link.nodeId)}
                      aria-label={t('plans.alignment.remove')}
                    />
                  )}
                </Space>
              </li>
            );
          })}
        </ul>
      )}
      {primary && !hasPrimary && (
        <Alert type="warning" showIcon title={t('plans.alignment.primaryMissing')} style={{ marginTop: 8 }} />
      )}
      {!disabled && (
        <Button style={{ marginTop: 8 }} onClick={() => setPicking(true)} data-testid="alignment-pick">
          {t('plans.alignment.pick')}
        </Button>
      )}
      {picking && (
        <AlignmentPickerModal
          value={value}
          onCancel={() => setPicking(false)}
          onOk={(links) => {
            setPicking(false);
            onChange?.(links);
          }}
        />
      )}
    </div>
  );
}
