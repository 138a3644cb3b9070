import { SearchOutlined } from '@ant-design/icons';
import { Checkbox, Empty, Input, Modal, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ALIGNMENT_SCHEMES, ALIGNMENT_SCHEME_LABELS } from '../../../../domain/alignment/alignment.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { useDebouncedValue } from '../../../components/useDebouncedValue.js';
import { useAlignmentSearch } from '../api.js';
import type { AlignmentLinkView } from '../../../../domain/plans/tree.js';
import type { AlignmentNode } from '../../../../domain/alignment/alignment-node.js';
import { AlignmentNodeTitle, AlignmentSchemeTree } from './AlignmentSchemeTree.js';
import { toLinkView } from './linkView.js';

export interface AlignmentPickerModalProps {
  value: readonly AlignmentLinkView[];
  onOk: (links: AlignmentLinkView[]) => void;
  onCancel: () => void;
}

/** Pick national-strategy, master-plan (down to Y1 targets), NESDP milestone and SDG nodes. */
export function AlignmentPickerModal({ value, onOk, onCancel }: AlignmentPickerModalProps) {
  const t = useT();
  const { lang } = useLang();
  const [picked, setPicked] = useState<Map<string, AlignmentLinkView>>(
    () => new Map(value.map((link) => [link.nodeId, link])),
  );
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const found = useAlignmentSearch(q);
  const checked = new Set(picked.keys());

  const handleToggle = (node: AlignmentNode, on: boolean) => {
    setPicked((previous) => {
      const next = new Map(previous);
      if (on) {
        next.set(node.id, previous.get(node.id) ?? toLinkView(node));
      } else {
        next.delete(node.id);
      }
      return next;
    });
  };

  return (
    <Modal
      open
      width={860}
      title={t('plans.alignment.pickTitle')}
      onCancel={onCancel}
      onOk={() => onOk([...picked.values()])}
      okText={t('plans.alignment.pickOk', { count: picked.size })}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Input
        prefix={<SearchOutlined />}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('plans.alignment.searchPlaceholder')}
        allowClear
        style={{ marginBottom: 12 }}
        data-testid="alignment-search"
      />
      {q ? (
        <div className="alignment-results">
          {found.isFetching && <Spin size="small" />}
          {!found.isFetching && (found.data?.items.length ?? 0) === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )}
          {(found.data?.items ?? []).map((node) => (
            <div key={node.id} className="alignment-result">
              <Checkbox
                checked={checked.has(node.id)}
                onChange={(event) => handleToggle(node, event.target.checked)}
              >
                <Tag>{ALIGNMENT_SCHEME_LABELS[node.scheme][lang]}</Tag>
                <AlignmentNodeTitle node={node} />
              </Checkbox>
            </div>
          ))}
        </div>
      ) : (
        <Tabs
          items={ALIGNMENT_SCHEMES.map((scheme) => ({
            key: scheme,
            label: ALIGNMENT_SCHEME_LABELS[scheme][lang],
            children: <AlignmentSchemeTree scheme={scheme} checked={checked} onToggle={handleToggle} />,
          }))}
        />
      )}
      <Space wrap size={4} style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">
          {t('plans.alignment.picked', { count: picked.size })}
        </Typography.Text>
        {[...picked.values()].map((link) => (
          <Tag
            key={link.nodeId}
            title={`${ALIGNMENT_SCHEME_LABELS[link.scheme][lang]}: ${link.titleTh}`}
            closable
            onClose={() =>
              setPicked((previous) => new Map([...previous].filter(([id]) => id !== link.nodeId)))
            }
          >
            {link.code}
          </Tag>
        ))}
      </Space>
    </Modal>
  );
}
