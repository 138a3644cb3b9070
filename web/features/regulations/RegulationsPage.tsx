import { Alert, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { RegulationSummary } from '../../../domain/regulations/responses.js';
import {
  REGULATION_KIND_LABELS,
  REGULATION_KINDS,
  REGULATION_STATUS_LABELS,
  type RegulationKind,
} from '../../../domain/regulations/vocabulary.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { buildUrl } from '../../app/api/client.js';
import { ExportButton } from '../../components/ExportButton.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDebouncedValue } from '../../components/useDebouncedValue.js';
import { useRegulations } from './api.js';
import { RegulationDetail } from './RegulationDetail.js';
import { RegulationForm } from './RegulationForm.js';
import { ReviewList } from './ReviewList.js';

/** The regulations library: Thai full-text search over entries and provisions, newest first. */
export function RegulationsPage() {
  const t = useT();
  const { lang } = useLang();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<RegulationKind | undefined>();
  const search = useDebouncedValue(q);
  const list = useRegulations(search, kind);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const canManage = useCan('regulation.manage');
  // undefined: no form open; null: a new entry; an entry: editing it.
  const [editing, setEditing] = useState<RegulationSummary | null | undefined>();
  return (
    <>
      <PageTitle title={t('nav.regulations')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap>
          <Input.Search
            allowClear
            value={q}
            onChange={(event) => setQ(event.target.value)}
            placeholder={t('regulations.search')}
            aria-label={t('regulations.search')}
            style={{ width: 420 }}
            data-testid="regulations-search"
          />
          <Select<RegulationKind>
            allowClear
            value={kind}
            onChange={setKind}
            placeholder={t('regulations.kindFilter')}
            aria-label={t('regulations.kindFilter')}
            style={{ width: 220 }}
            options={REGULATION_KINDS.map((value) => ({ value, label: REGULATION_KIND_LABELS[value][lang] }))}
          />
          <ExportButton
            href={buildUrl('/api/v1/regulations/export', { q: search.trim(), kind })}
            testId="regulations-export"
          />
          {canManage ? (
            <Button icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="regulation-add">
              {t('regulations.admin.add')}
            </Button>
          ) : null}
        </Space>
        {editing !== undefined ? (
          <RegulationForm entry={editing ?? undefined} onClose={() => setEditing(undefined)} />
        ) : null}
        {list.isError ? <Alert type="error" showIcon message={t('regulations.loadError')} /> : null}
        <Table<RegulationSummary>
          rowKey="id"
          size="small"
          pagination={false}
          loading={list.isPending}
          dataSource={items}
          locale={{ emptyText: t('regulations.empty') }}
          data-testid="regulations-table"
          expandable={{ expandedRowRender: (row) => <RegulationDetail id={row.id} canManage={canManage} /> }}
          columns={[
            {
              title: t('regulations.col.title'),
              render: (_, row) => (
                <Space direction="vertical" size={2}>
                  <Typography.Text strong>
                    {lang === 'en' ? (row.titleEn ?? row.titleTh) : row.titleTh}
                  </Typography.Text>
                  <Space wrap size={4}>
                    <Tag color={row.status === 'in_force' ? 'green' : 'default'}>
                      {REGULATION_STATUS_LABELS[row.status][lang]}
                    </Tag>
                    {row.verified ? null : <Tag>{t('regulations.unverified')}</Tag>}
                  </Space>
                  {row.matchedProvisions.length > 0 ? (
                    <Typography.Text type="secondary">
                      {t('regulations.matched')}:{' '}
                      {row.matchedProvisions
                        .map((p) => `${p.reference}${p.heading ? ` ${p.heading}` : ''}`)
                        .join(' · ')}
                    </Typography.Text>
                  ) : null}
                </Space>
              ),
            },
            { title: t('regulations.col.number'), dataIndex: 'number', width: 160 },
            {
              title: t('regulations.col.issuedOn'),
              width: 140,
              render: (_, row) => formatIsoDate(row.issuedOn, lang, { style: 'short' }),
            },
            { title: t('regulations.col.issuingBody'), dataIndex: 'issuingBody', width: 200 },
            {
              title: t('regulations.col.kind'),
              width: 150,
              render: (_, row) => REGULATION_KIND_LABELS[row.kind][lang],
            },
            ...(canManage
              ? [
                  {
                    title: t('regulations.admin.edit'),
                    width: 90,
                    render: (_: unknown, row: RegulationSummary) => (
                      <Button size="small" onClick={() => setEditing(row)}>
                        {t('regulations.admin.editShort')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {list.hasNextPage ? (
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('regulations.loadMore')}
          </Button>
        ) : null}
        <ReviewList />
      </Space>
    </>
  );
}
