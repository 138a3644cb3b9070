import { Link } from '@tanstack/react-router';
import { Button, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Asset } from '../../../domain/assets/asset-response.js';
import { BACKLOG_KINDS } from '../../../domain/assets/checks.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatIsoDate } from '../../components/formatDate.js';
import { useAssetBacklog } from './api.js';
import { useAssetColumns } from './assetColumns.js';

type Kind = (typeof BACKLOG_KINDS)[number];
type Row = Asset & { waitingSince: string };

/** The backlog auditors ask about: yearly checks overdue, or assets not transferred months after handover. */
export function AssetBacklogList({ provinceCode }: { provinceCode: string | undefined }) {
  const t = useT();
  const { lang } = useLang();
  const [kind, setKind] = useState<Kind>('check_overdue');
  const backlog = useAssetBacklog(kind, provinceCode);
  const columns = useAssetColumns<Row>();
  const canManage = useCan('asset.manage');
  const rows = backlog.data?.pages.flatMap((page) => page.items) ?? [];
  const before = backlog.data?.pages[0]?.before;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented<Kind>
        aria-label={t('assetForms.backlog.kind')}
        value={kind}
        onChange={setKind}
        options={BACKLOG_KINDS.map((value) => ({ value, label: t(`assetForms.backlog.${value}`) }))}
      />
      {before ? (
        <Typography.Text type="secondary">
          {t('assetForms.backlog.before', { date: formatIsoDate(before, lang) })}
        </Typography.Text>
      ) : null}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={backlog.isPending}
        dataSource={rows}
        pagination={false}
        data-testid="assets-backlog"
        locale={{ emptyText: t('assetForms.backlog.empty') }}
        columns={[
          columns.code,
          columns.description,
          columns.province,
          {
            title: t('assetForms.backlog.waitingSince'),
            render: (_, row) => formatIsoDate(row.waitingSince, lang),
          },
          columns.custodian,
          columns.status,
          ...(kind === 'check_overdue' && canManage
            ? [
                {
                  title: t('assetCheck.action'),
                  render: (_: unknown, row: Row) => (
                    <Link
                      to="/assets/$assetId/check"
                      params={{ assetId: row.id }}
                      data-testid="backlog-check-link"
                      aria-label={`${t('assetCheck.open')} ${row.code}`}
                    >
                      {t('assetCheck.action')}
                    </Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {backlog.hasNextPage ? (
        <Button onClick={() => void backlog.fetchNextPage()} loading={backlog.isFetchingNextPage}>
          {t('assets.more')}
        </Button>
      ) : null}
    </Space>
  );
}
