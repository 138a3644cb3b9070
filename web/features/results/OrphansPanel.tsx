import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Modal, Space, Table } from 'antd';
import { useState } from 'react';
import {
  ORPHAN_KINDS,
  ORPHAN_KIND_LABELS,
  type OrphanCounts,
  type OrphanKind,
} from '../../../domain/results/orphans.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useOrphanCounts, useOrphanList, yearlyReportHref } from './api.js';

type Row = OrphanCounts['provinces'][number];
type Opened = { kind: OrphanKind; provinceCode: string };

function OrphanListModal({
  opened,
  fiscalYear,
  onClose,
}: {
  opened: Opened;
  fiscalYear: number;
  onClose: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const list = useOrphanList(opened.kind, opened.provinceCode, fiscalYear);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      title={`${ORPHAN_KIND_LABELS[opened.kind][lang]} · ${opened.provinceCode}`}
    >
      <List
        size="small"
        loading={list.isPending}
        dataSource={items}
        data-testid="orphan-list"
        renderItem={(item) => (
          <List.Item>{item.code === item.id ? item.title : `${item.code} ${item.title}`}</List.Item>
        )}
      />
      {list.hasNextPage ? (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('results.orphans.more')}
        </Button>
      ) : null}
    </Modal>
  );
}

/**
 * The orphans report in the reader's scope (from the server's roll-up): each province's counts, each
 * a link to its keyset-paged list, and the province's yearly results report as PDF or Excel.
 */
export function OrphansPanel({ fiscalYear }: { fiscalYear: number }) {
  const t = useT();
  const { lang } = useLang();
  const counts = useOrphanCounts(fiscalYear);
  const [opened, setOpened] = useState<Opened | null>(null);
  return (
    <Card size="small" title={t('results.orphans.title')}>
      {counts.isError ? <Alert type="error" showIcon message={t('results.loadError')} /> : null}
      <Table<Row>
        rowKey="provinceCode"
        size="small"
        scroll={{ x: true }}
        loading={counts.isPending}
        dataSource={counts.data?.provinces ?? []}
        pagination={false}
        locale={{ emptyText: t('results.orphans.empty') }}
        data-testid="results-orphans"
        columns={[
          { title: t('results.province'), dataIndex: 'provinceCode' },
          ...ORPHAN_KINDS.map((kind) => ({
            title: ORPHAN_KIND_LABELS[kind][lang],
            align: 'right' as const,
            render: (_: unknown, row: Row) =>
              row.counts[kind] === 0 ? (
                '0'
              ) : (
                <Button type="link" onClick={() => setOpened({ kind, provinceCode: row.provinceCode })}>
                  {row.counts[kind]}
                </Button>
              ),
          })),
          {
            title: t('results.orphans.yearlyReport'),
            render: (_: unknown, row: Row) => (
              <Space>
                {(['pdf', 'xlsx'] as const).map((format) => (
                  <Button
                    key={format}
                    size="small"
                    icon={<DownloadOutlined />}
                    href={yearlyReportHref(row.provinceCode, fiscalYear, format)}
                    download
                  >
                    {format === 'pdf' ? 'PDF' : 'Excel'}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {opened ? (
        <OrphanListModal opened={opened} fiscalYear={fiscalYear} onClose={() => setOpened(null)} />
      ) : null}
    </Card>
  );
}
