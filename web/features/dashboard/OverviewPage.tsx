import { Alert, Breadcrumb, Space, Spin, Typography } from 'antd';
import { Link, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { DrillUnitView } from '../../../domain/dashboards/overview.js';
import { fiscalYearText } from '../../../domain/thai/index.js';
import { useCurrentUser } from '../../app/auth/hooks.js';
import { focusProvince, isNational } from '../../app/auth/scope.js';
import type { SessionUser } from '../../app/api/types.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { ListLoadError } from '../../components/ListStates.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useOverview, type DrillTarget } from './api.js';
import { CompareSection } from './CompareSection.js';
import { MetricCards } from './MetricCards.js';
import { formatsFor, METRICS, type MetricKey } from './metrics.js';
import { OrphansCard } from './OrphansCard.js';
import { UnitProjects } from './UnitProjects.js';

// The map's outlines load beside the page, so the figures show without waiting.
const OverviewMap = lazy(() =>
  import('./OverviewMap.js').then((module) => ({ default: module.OverviewMap })),
);

/** Without a level in the link: the nation for a national reader, else the reader's province or cluster. */
function startOf(user: SessionUser | null): DrillTarget {
  const province = focusProvince(user, null);
  if (province) {
    return { level: 'province', code: province };
  }
  const cluster = user?.viewScope.find((reference) => reference.startsWith('cluster:'));
  return cluster && !isNational(user)
    ? { level: 'cluster', code: cluster.slice('cluster:'.length) }
    : { level: 'national' };
}

const unitName = (unit: DrillUnitView, lang: 'th' | 'en') =>
  lang === 'en' ? (unit.nameEn ?? unit.nameTh) : unit.nameTh;

/** The drill-down: the nation, a cluster, a province or a district for the header's fiscal year. */
export function OverviewPage() {
  const t = useT();
  const { lang } = useLang();
  const user = useCurrentUser();
  const search = useSearch({ from: '/app/overview' });
  const { fiscalYear } = useGlobalFilters();
  const [metricKey, setMetricKey] = useState<MetricKey>('needs');
  const target: DrillTarget = search.level ? { level: search.level, code: search.code } : startOf(user);
  const overview = useOverview(fiscalYear, target);
  const formats = useMemo(() => formatsFor(lang, t('overview.millionUnit')), [lang, t]);
  const metric = METRICS.find((entry) => entry.key === metricKey) ?? METRICS[0];
  const data = overview.data;
  if (overview.isError) {
    return <ListLoadError error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  if (!data || !metric) {
    return <Spin />;
  }
  const level = data.unit.level;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Breadcrumb
        data-testid="overview-breadcrumb"
        items={[
          ...data.path.map((unit) => ({
            key: `${unit.level}-${unit.code ?? ''}`,
            title: (
              <Link
                to="/overview"
                search={(previous) => ({ ...previous, level: unit.level, code: unit.code ?? undefined })}
              >
                {unitName(unit, lang)}
              </Link>
            ),
          })),
          { key: 'current', title: unitName(data.unit, lang) },
        ]}
      />
      <PageTitle title={`${unitName(data.unit, lang)} · ${fiscalYearText(fiscalYear, lang)}`} />
      {level === 'district' && <Alert type="info" showIcon title={t('overview.districtNote')} />}
      <MetricCards unit={data.unit} metrics={data.metrics} formats={formats} loading={overview.isFetching} />
      {data.targetPct !== null && (
        <Typography.Text>{t('overview.target', { target: data.targetPct.toFixed(2) })}</Typography.Text>
      )}
      <CompareSection overview={data} formats={formats} metricKey={metricKey} onMetricChange={setMetricKey} />
      {data.provinces.length > 0 && (
        <Suspense fallback={<Spin />}>
          <OverviewMap overview={data} metric={metric} formats={formats} />
        </Suspense>
      )}
      {data.orphans && <OrphansCard overview={data} orphans={data.orphans} formats={formats} />}
      {(level === 'province' || level === 'district') && (
        <UnitProjects unit={data.unit} fiscalYear={fiscalYear} formats={formats} />
      )}
    </Space>
  );
}
