import { Alert, Card, Space, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useClusters, useProvinceStats } from '../../app/api/reference.js';
import { useCurrentUser } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ProvinceWork } from './ProvinceWork.js';
import { focusProvince, isNational } from '../../app/auth/scope.js';
import { provincesInView } from './provincesInView.js';
import { SummaryCards } from './SummaryCards.js';
import { HomeWork } from './HomeWork.js';
import { NationCard } from './NationCard.js';
import { fiscalYearText } from '../../../domain/thai/index.js';

// ECharts and the map outlines load beside the page, so the title and figures show without waiting.
const ProvinceMap = lazy(() =>
  import('./ProvinceMap.js').then((module) => ({ default: module.ProvinceMap })),
);

export function DashboardPage() {
  const t = useT();
  const { lang } = useLang();
  const user = useCurrentUser();
  const { fiscalYear, areaCode } = useGlobalFilters();
  const stats = useProvinceStats();
  const clusters = useClusters();
  const own = provincesInView(user, clusters.data?.items ?? []);
  const all = stats.data?.items ?? [];
  // A scoped user's figures are their own provinces' (none at all for an empty cluster), not the country's.
  const provinces = own === null ? all : all.filter((item) => own.includes(item.provinceCode));
  const focus = focusProvince(user, areaCode) ?? own?.[0] ?? null;
  const focusStats = all.find((item) => item.provinceCode === focus);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageTitle title={`${t('dashboard.title')} · ${fiscalYearText(fiscalYear, lang)}`} />
      {stats.isError && <Alert type="error" title={t('error.network')} showIcon />}
      <HomeWork fiscalYear={fiscalYear} />
      {isNational(user) && <NationCard fiscalYear={fiscalYear} />}
      {focus && (
        <ProvinceWork
          provinceCode={focus}
          provinceName={
            (lang === 'en' ? focusStats?.nameEn : focusStats?.nameTh) ?? focusStats?.nameTh ?? focus
          }
          fiscalYear={fiscalYear}
        />
      )}
      <SummaryCards
        provinces={provinces}
        clusterCount={clusters.data?.items.length}
        loading={stats.isPending}
        scoped={own !== null}
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
        <ProvinceMap provinces={all} selectedProvince={focus} />
      </Suspense>
    </Space>
  );
}
