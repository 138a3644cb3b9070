import { Alert, Space } from 'antd';
import { useClusters, useProvinceStats } from '../../app/api/reference.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ProvinceMap } from './ProvinceMap.js';
import { SummaryCards } from './SummaryCards.js';

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
      <ProvinceMap provinces={provinces} />
    </Space>
  );
}
