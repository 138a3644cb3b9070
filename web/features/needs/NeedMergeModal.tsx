import { SearchOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState, type Key } from 'react';
import type { NeedStatus } from '../../../domain/needs/need.js';
import { decideTransition, needMergeSchema } from '../../../domain/needs/state-machine.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { zodRule } from '../../components/zodRule.js';
import { useNeeds, useSimilarNeeds } from './api.js';
import { useMergeNeeds } from './mutations.js';
import { NeedStatusTag } from './NeedStatusTag.js';
import type { NeedDetail } from '../../../domain/needs/need-response.js';

export interface NeedMergeModalProps {
  need: NeedDetail;
  onClose: () => void;
  onReload: () => void;
}

interface Candidate {
  id: string;
  referenceNo: string;
  title: string;
  areaNameTh: string | null;
  status: NeedStatus;
  score?: number;
}

type Source = 'similar' | 'search';

/** Picks duplicates (suggested or searched in the same province) and folds them into this need. */
export function NeedMergeModal({ need, onClose, onReload }: NeedMergeModalProps) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const merge = useMergeNeeds();
  const [form] = Form.useForm<{ reason: string }>();
  const [source, setSource] = useState<Source>('similar');
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [selected, setSelected] = useState<Map<string, Candidate>>(new Map());

  const similar = useSimilarNeeds({ title: need.title, areaCode: need.areaCode, excludeId: need.id });
  const searched = useNeeds(
    { areaCode: need.provinceCode, q: q || undefined, limit: 20, offset: 0 },
    source === 'search',
  );

  const rows = useMemo<Candidate[]>(() => {
    if (source === 'similar') {
      return (similar.data?.items ?? []).map((item) => ({ ...item }));
    }
    return (searched.data?.items ?? []).filter((item) => item.id !== need.id);
  }, [need.id, searched.data, similar.data, source]);

  const blockedReason = (row: Candidate): string | null => {
    const verdict = decideTransition(row.status, 'merge');
    return verdict.allowed ? null : verdict.message[lang];
  };

  const handleSelect = (keys: Key[]) => {
    setSelected((previous) => {
      const next = new Map([...previous].filter(([id]) => !rows.some((row) => row.id === id)));
      for (const row of rows.filter((candidate) => keys.includes(candidate.id))) {
        next.set(row.id, row);
      }
      return next;
    });
  };

  const handleFinish = ({ reason }: { reason: string }) => {
    if (selected.size === 0) {
      void message.warning(t('needs.merge.pickOne'));
      return;
    }
    merge.mutate(
      {
        targetId: need.id,
        targetVersion: need.version,
        body: { needIds: [...selected.keys()], reason: reason.trim() },
      },
      {
        onSuccess: (result) => {
          void message.success(
            t('needs.merge.done', { count: result.merged.length, referenceNo: need.referenceNo }),
          );
          onClose();
        },
        onError: (error) => handleApiError(error, { form, onReload }),
      },
    );
  };

  const columns: TableColumnsType<Candidate> = [
    { title: t('needs.field.referenceNo'), dataIndex: 'referenceNo', width: 150 },
    {
      title: t('needs.field.title'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <>
          <div>{title}</div>
          <Typography.Text type="secondary">{row.areaNameTh}</Typography.Text>
          {blockedReason(row) && (
            <div>
              <Typography.Text type="warning">{blockedReason(row)}</Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 150,
      render: (status: NeedStatus) => <NeedStatusTag status={status} />,
    },
    ...(source === 'similar'
      ? [
          {
            title: t('needs.similar.score'),
            dataIndex: 'score',
            width: 90,
            render: (score: number) => `${Math.round(score * 100)}%`,
          },
        ]
      : []),
  ];

  return (
    <Modal
      open
      title={t('needs.merge.pickTitle', { referenceNo: need.referenceNo })}
      onCancel={onClose}
      width={900}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={merge.isPending}
          onClick={() => form.submit()}
          data-testid="need-merge-confirm"
        >
          {t('needs.merge.confirmCount', { count: selected.size })}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('needs.merge.explain')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented<Source>
          value={source}
          onChange={setSource}
          options={[
            { value: 'similar', label: t('needs.merge.suggested') },
            { value: 'search', label: t('needs.merge.search') },
          ]}
        />
        {source === 'search' && (
          <Input
            prefix={<SearchOutlined />}
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t('needs.filter.searchPlaceholder')}
            allowClear
            style={{ maxWidth: 360 }}
            data-testid="need-merge-search"
          />
        )}
      </Flex>
      <Table<Candidate>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={source === 'similar' ? similar.isFetching : searched.isFetching}
        pagination={false}
        scroll={{ x: 'max-content', y: 320 }}
        data-testid="need-merge-candidates"
        rowSelection={{
          selectedRowKeys: [...selected.keys()],
          onChange: handleSelect,
          getCheckboxProps: (row) => ({ disabled: blockedReason(row) !== null }),
        }}
      />
      {selected.size > 0 && (
        <Flex wrap gap={4} style={{ marginTop: 12 }}>
          {[...selected.values()].map((row) => (
            <Tag
              key={row.id}
              closable
              onClose={() =>
                setSelected((previous) => new Map([...previous].filter(([id]) => id !== row.id)))
              }
            >
              {row.referenceNo}
            </Tag>
          ))}
        </Flex>
      )}
      <Form form={form} layout="vertical" onFinish={handleFinish} style={{ marginTop: 12 }}>
        <Form.Item
          name="reason"
          label={t('needs.merge.reason')}
          required
          rules={[zodRule(needMergeSchema, 'reason', lang)]}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount data-testid="need-merge-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
