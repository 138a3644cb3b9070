import { Button, Space, Table, Tag, Typography } from 'antd';
import type { Warning } from '../../../domain/spending/spending-response.js';
import { SPENDING_STATUS_LABELS, STATUS_REASON_LABELS } from '../../../domain/spending/status.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ExportButton } from '../../components/ExportButton.js';
import { useSpendingWarnings } from './api.js';

/** Late and at-risk projects in the user's scope (of the province picked, if any), by province. */
export function WarningsTable({
  fiscalYear,
  provinceCode = null,
}: {
  fiscalYear: number;
  provinceCode?: string | null;
}) {
  const t = useT();
  const { lang } = useLang();
  const { data, isPending, hasNextPage, fetchNextPage, isFetchingNextPage } = useSpendingWarnings(
    fiscalYear,
    provinceCode,
  );
  const rows = data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="spending-warnings-title">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} id="spending-warnings-title">
          {t('spending.warnings.title')}
        </Typography.Title>
        <ExportButton
          href={`/api/v1/spending/warnings/export?fiscalYear=${fiscalYear}${provinceCode ? `&provinceCode=${provinceCode}` : ''}`}
          testId="spending-warnings-export"
        />
      </Space>
      <Table<Warning>
        rowKey="projectId"
        size="small"
        loading={isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('spending.warnings.empty') }}
        columns={[
          { title: t('spending.warnings.code'), dataIndex: 'code' },
          { title: t('spending.warnings.project'), dataIndex: 'title' },
          { title: t('spending.warnings.province'), dataIndex: 'provinceCode' },
          {
            title: t('spending.warnings.status'),
            render: (_, row) => (
              <Tag color={row.status === 'at_risk' ? 'red' : 'orange'}>
                {SPENDING_STATUS_LABELS[row.status][lang]}
              </Tag>
            ),
          },
          {
            title: t('spending.warnings.reasons'),
            render: (_, row) => row.reasons.map((reason) => STATUS_REASON_LABELS[reason][lang]).join('; '),
          },
          { title: t('spending.warnings.planPct'), dataIndex: 'planPct', align: 'right' },
          { title: t('spending.warnings.actualPct'), dataIndex: 'actualPct', align: 'right' },
        ]}
      />
      {hasNextPage ? (
        <Button onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
          {t('spending.warnings.more')}
        </Button>
      ) : null}
    </section>
  );
}
