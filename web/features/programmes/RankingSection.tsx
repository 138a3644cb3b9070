import { Table, Typography } from 'antd';
import type { Ranking } from '../../../domain/programmes/responses.js';
import { useT } from '../../app/i18n/index.js';

type Row = Ranking['provinces'][number];

/** Provinces ranked by mean achievement, and those with a report overdue. */
export function RankingSection({ ranking, loading }: { ranking: Ranking | undefined; loading: boolean }) {
  const t = useT();
  const columns = [
    { title: t('programmes.ranking.rank'), dataIndex: 'rank', align: 'right' as const, width: 80 },
    { title: t('programmes.ranking.province'), dataIndex: 'provinceName' },
    { title: t('programmes.ranking.score'), dataIndex: 'score', align: 'right' as const },
    { title: t('programmes.ranking.reported'), dataIndex: 'reportedPeriods', align: 'right' as const },
    {
      title: t('programmes.ranking.overdue'),
      render: (_: unknown, row: Row) => row.overduePeriods.join(', '),
    },
  ];
  return (
    <>
      <section aria-labelledby="programme-ranking-title">
        <Typography.Title level={4} id="programme-ranking-title">
          {t('programmes.ranking.title')}
        </Typography.Title>
        <Table<Row>
          rowKey="provinceCode"
          size="small"
          pagination={false}
          loading={loading}
          dataSource={ranking?.provinces ?? []}
          locale={{ emptyText: t('programmes.ranking.empty') }}
          columns={columns}
          data-testid="programme-ranking"
        />
      </section>
      <section aria-labelledby="programme-late-title">
        <Typography.Title level={4} id="programme-late-title">
          {t('programmes.late.title')}
        </Typography.Title>
        <Table<Row>
          rowKey="provinceCode"
          size="small"
          pagination={false}
          loading={loading}
          dataSource={ranking?.lateReporters ?? []}
          locale={{ emptyText: t('programmes.late.none') }}
          columns={columns.slice(1)}
          data-testid="programme-late"
        />
      </section>
    </>
  );
}
