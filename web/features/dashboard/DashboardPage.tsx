import { Alert, Card, Space, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useClusters, useProvinceStats } from '../../app/api/reference.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SummaryCards } from './SummaryCards.js';

// ECharts and the map outlines load beside the page, so the title and figures show without waiting.
const ProvinceMap = lazy(() =>
  import('./ProvinceMap.js').then((module) => ({ default: module.ProvinceMap })),
);

export function DashboardPage() {
  const t = useT();
  const { fiscalYear } = useGlobalFilters();
  const stats = useProvinceStats();
  const clusters = useClusters();
  const provinces = stats.data?.items ?? [];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageTitle title={`${t('dashboard.title')} · ${t('header.fiscalYearOption', { year: fiscalYear })}`} />
      {stats.isError && <Alert type="error" title={t('error.network')} showIcon />}
      <SummaryCards
        provinces={provinces}
        clusterCount={clusters.data?.items.length}
        loading={stats.isPending}
      />
      <Suspense
        fallback={
          <Card title={t('dashboard.mapTitle')}>
            <div className="province-map province-map-loading">
              <Spin />
            </div>
          </Card>
        }
      >
        <ProvinceMap provinces={provinces} />
      </Suspense>
    </Space>
  );
}
