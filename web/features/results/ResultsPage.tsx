import { Alert, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ResultsSummary } from '../../../domain/results/results-response.js';
import { useCan } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useResultsSummary } from './api.js';
import { OrphansPanel } from './OrphansPanel.js';
import { PhotoPreviewsPanel } from './PhotoPreviewsPanel.js';

type Row = ResultsSummary['rows'][number];

/** Basis points as a percent with one decimal ("—" when nothing was reported). */
const percent = (bp: number | null) => (bp === null ? '—' : `${(bp / 100).toFixed(1)}%`);

/** Measurable results: physical progress and output achievement per province for a quarter (and, for administrators, the photo preview job). */
export function ResultsPage() {
  const t = useT();
  const { fiscalYear } = useGlobalFilters();
  const [quarter, setQuarter] = useState(4);
  const summary = useResultsSummary(fiscalYear, quarter);
  const total = summary.data?.total;
  const canConfigure = useCan('result.configure');
  return (
    <>
      <PageTitle title={t('nav.results')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented<number>
          aria-label={t('results.quarter')}
          value={quarter}
          onChange={setQuarter}
          options={[1, 2, 3, 4].map((value) => ({ value, label: t('results.quarterN', { n: value }) }))}
        />
        {summary.isError ? <Alert type="error" showIcon message={t('results.loadError')} /> : null}
        {total ? (
          <Typography.Text data-testid="results-total">
            {t('results.totalLine', {
              reports: total.progressReports,
              physical: total.meanPhysicalPercent === null ? '—' : `${total.meanPhysicalPercent}%`,
              achieved: total.indicatorsAchieved,
              indicators: total.indicators,
            })}
          </Typography.Text>
        ) : null}
        <Table<Row>
          rowKey={(row) => `${row.provinceCode}-${row.clusterId ?? 0}`}
          size="small"
          loading={summary.isPending}
          dataSource={summary.data?.rows ?? []}
          pagination={false}
          locale={{ emptyText: t('results.empty') }}
          columns={[
            {
              title: t('results.province'),
              render: (_, row) =>
                row.clusterId === null
                  ? row.provinceCode
                  : t('results.clusterOf', { code: row.provinceCode }),
            },
            { title: t('results.reports'), dataIndex: 'progressReports', align: 'right' },
            {
              title: t('results.physical'),
              align: 'right',
              render: (_, row) => (row.meanPhysicalPercent === null ? '—' : `${row.meanPhysicalPercent}%`),
            },
            { title: t('results.delayed'), dataIndex: 'delayedReports', align: 'right' },
            { title: t('results.indicators'), dataIndex: 'indicators', align: 'right' },
            {
              title: t('results.achieved'),
              align: 'right',
              render: (_, row) => percent(row.achievedShareBp),
            },
            {
              title: t('results.meanAchievement'),
              align: 'right',
              render: (_, row) => percent(row.meanAchievementBp),
            },
          ]}
        />
        <OrphansPanel fiscalYear={fiscalYear} />
        {canConfigure ? <PhotoPreviewsPanel /> : null}
      </Space>
    </>
  );
}
