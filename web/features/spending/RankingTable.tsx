import { Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { RankingLevel, RankingRow } from '../../../domain/spending/ranking.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useLang, useT } from '../../app/i18n/index.js';
import type { MessageKey } from '../../app/i18n/index.js';
import { ExportButton } from '../../components/ExportButton.js';
import { useSpendingRanking } from './api.js';

/** Provinces, clusters or budget units ranked by disbursed percent, with their gap to the cabinet target. */
export function RankingTable({
  fiscalYear,
  onSelect,
}: {
  fiscalYear: number;
  onSelect: (code: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [level, setLevel] = useState<RankingLevel>('province');
  const ranking = useSpendingRanking(fiscalYear, level);
  const month = ranking.data?.throughMonth ?? 0;
  return (
    <section aria-labelledby="spending-ranking-title">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} id="spending-ranking-title">
          {t('spending.ranking.title')}
        </Typography.Title>
        <Space wrap>
          <Segmented<RankingLevel>
            value={level}
            onChange={setLevel}
            options={[
              { value: 'province', label: t('spending.ranking.provinces') },
              { value: 'cluster', label: t('spending.ranking.clusters') },
              { value: 'budget_unit', label: t('spending.ranking.budgetUnits') },
            ]}
          />
          <ExportButton
            href={`/api/v1/spending/rankings/export?fiscalYear=${fiscalYear}&level=${level}`}
            testId="spending-ranking-export"
          />
        </Space>
      </Space>
      {month > 0 ? (
        <Typography.Paragraph>
          {t('spending.ranking.asOf', {
            month: t(`spending.month.${month}` as MessageKey),
            target: ranking.data?.targetPct ?? '—',
          })}
        </Typography.Paragraph>
      ) : null}
      <Table<RankingRow>
        rowKey="code"
        size="small"
        loading={ranking.isPending}
        dataSource={ranking.data?.rows ?? []}
        pagination={false}
        locale={{ emptyText: t('spending.ranking.empty') }}
        onRow={(row) => (level === 'province' ? { onClick: () => onSelect(row.code) } : {})}
        columns={[
          { title: t('spending.ranking.rank'), dataIndex: 'rank', align: 'right', width: 72 },
          {
            title: t('spending.ranking.name'),
            render: (_, row) => (lang === 'en' ? (row.nameEn ?? row.nameTh) : row.nameTh),
          },
          {
            title: t('spending.ranking.allocation'),
            align: 'right',
            render: (_, row) => formatBaht(BigInt(row.allocationSatang)),
          },
          {
            title: t('spending.ranking.disbursed'),
            align: 'right',
            render: (_, row) => formatBaht(BigInt(row.disbursedSatang)),
          },
          { title: t('spending.ranking.disbursedPct'), dataIndex: 'disbursedPct', align: 'right' },
          {
            title: t('spending.ranking.gap'),
            align: 'right',
            render: (_, row) =>
              row.gapPoints === null
                ? '—'
                : `${row.gapPoints > 0 ? '+' : ''}${row.gapPoints.toFixed(2)} (${t(
                    row.meetsTarget ? 'spending.map.meets' : 'spending.map.behind',
                  )})`,
          },
        ]}
      />
    </section>
  );
}
