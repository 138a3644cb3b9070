import { Alert, Space } from 'antd';
import { PageTitle } from '../../components/PageTitle.js';
import { useT } from '../../app/i18n/index.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useSpendingSummary } from './api.js';
import { SCurveChart } from './SCurveChart.js';
import { WarningsTable } from './WarningsTable.js';

/** Spending acceleration: the S-curve of the user's scope and the projects to accelerate. */
export function SpendingPage() {
  const t = useT();
  const { fiscalYear } = useGlobalFilters();
  const summary = useSpendingSummary(fiscalYear);
  return (
    <>
      <PageTitle title={t('nav.spending')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {summary.isError ? <Alert type="error" showIcon message={t('spending.loadError')} /> : null}
        {summary.data ? <SCurveChart summary={summary.data} /> : null}
        <WarningsTable fiscalYear={fiscalYear} />
      </Space>
    </>
  );
}
