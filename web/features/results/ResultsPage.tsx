import { Alert, Card, Flex, Segmented, Space, Table, Typography } from 'antd';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ResultsSummary } from '../../../domain/results/results-response.js';
import { useCan } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useT } from '../../app/i18n/index.js';
import { ClusterFilterTag } from '../../components/ClusterFilterTag.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useResultsSummary } from './api.js';
import { OrphansPanel } from './OrphansPanel.js';
import { PhotoPreviewsPanel } from './PhotoPreviewsPanel.js';

type Row = ResultsSummary['rows'][number];
type Missing = ResultsSummary['missingReports'][number];

/** The unit's projects with no progress report for the quarter: what its home counts as reports due. */
function MissingReports({ quarter, projects }: { quarter: number; projects: Missing[] | undefined }) {
  const t = useT();
  return (
    <Card size="small" title={t('results.missing.title', { n: quarter })}>
      <Table<Missing>
        rowKey="projectId"
        size="small"
        loading={projects === undefined}
        dataSource={projects ?? []}
        pagination={false}
        locale={{ emptyText: t('results.missing.none') }}
        data-testid="results-missing"
        columns={[
          {
            title: t('results.missing.project'),
            render: (_, project) => (
              <Link to="/projects/$projectId" params={{ projectId: project.projectId }}>
                {project.code} · {project.title}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Basis points as a percent with one decimal ("—" when nothing was reported). */
const percent = (bp: number | null) => (bp === null ? '—' : `${(bp / 100).toFixed(1)}%`);

/**
 * Measurable results: physical progress and output achievement per province for a quarter; of the
 * header's province or the cluster in the URL, with the projects yet to report (and, for
 * administrators, the photo preview job).
 */
export function ResultsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { fiscalYear, areaCode } = useGlobalFilters();
  const search = useSearch({ from: '/app/results' });
  const quarter = search.quarter ?? 4;
  const clusterId = search.cluster;
  // A district is not a unit the summary takes: its reader sees their scope's provinces.
  const provinceCode = clusterId === undefined && areaCode?.length === 2 ? areaCode : undefined;
  const summary = useResultsSummary(fiscalYear, quarter, { provinceCode, clusterId });
  const update = (patch: { quarter?: number; cluster?: undefined }) =>
    void navigate({ to: '.', search: (previous) => ({ ...previous, ...patch }), replace: true });
  const total = summary.data?.total;
  const canConfigure = useCan('result.configure');
  return (
    <>
      <PageTitle title={t('nav.results')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Flex wrap gap={8} align="center">
          <Segmented<number>
            aria-label={t('results.quarter')}
            value={quarter}
            onChange={(value) => update({ quarter: value })}
            options={[1, 2, 3, 4].map((value) => ({ value, label: t('results.quarterN', { n: value }) }))}
          />
          {clusterId !== undefined && (
            <ClusterFilterTag clusterId={clusterId} onClear={() => update({ cluster: undefined })} />
          )}
        </Flex>
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
        {provinceCode !== undefined || clusterId !== undefined ? (
          <MissingReports quarter={quarter} projects={summary.data?.missingReports} />
        ) : null}
        <OrphansPanel fiscalYear={fiscalYear} />
        {canConfigure ? <PhotoPreviewsPanel /> : null}
      </Space>
    </>
  );
}
