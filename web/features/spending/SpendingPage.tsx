import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import { useSpendingRanking, useSpendingSummary } from './api.js';
import { ForecastErrorCard } from './ForecastErrorCard.js';
import { RankingTable } from './RankingTable.js';
import { SCurveChart } from './SCurveChart.js';
import { SpendingMap } from './SpendingMap.js';
import { WarningsTable } from './WarningsTable.js';

/**
 * Spending acceleration: the S-curve of the user's scope (or of a province picked on the map or in
 * the ranking), the map against target, the rankings and the projects to accelerate.
 */
export function SpendingPage() {
  const t = useT();
  const { lang } = useLang();
  const { fiscalYear } = useGlobalFilters();
  const [province, setProvince] = useState<string | null>(null);
  const summary = useSpendingSummary(fiscalYear, province);
  const provinces = useSpendingRanking(fiscalYear, 'province');
  const picked = provinces.data?.rows.find((row) => row.code === province);
  return (
    <>
      <PageTitle title={t('nav.spending')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {summary.isError || provinces.isError ? (
          <Alert type="error" showIcon message={t('spending.loadError')} />
        ) : null}
        {picked ? (
          <Space wrap>
            <Typography.Text strong>
              {t('spending.drill.province', {
                name: lang === 'en' ? (picked.nameEn ?? picked.nameTh) : picked.nameTh,
              })}
            </Typography.Text>
            <Button
              icon={<FilePdfOutlined />}
              href={`/api/v1/spending/reports/monthly?fiscalYear=${fiscalYear}&provinceCode=${picked.code}`}
              download
              data-testid="spending-report-pdf"
            >
              {t('spending.report.pdf')}
            </Button>
            <Button onClick={() => setProvince(null)}>{t('spending.drill.back')}</Button>
          </Space>
        ) : null}
        {summary.data ? <SCurveChart summary={summary.data} /> : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <SpendingMap rows={provinces.data?.rows ?? []} selected={province} onSelect={setProvince} />
          </Col>
          <Col xs={24} lg={14}>
            <RankingTable fiscalYear={fiscalYear} onSelect={setProvince} />
          </Col>
        </Row>
        <WarningsTable fiscalYear={fiscalYear} provinceCode={province} />
        <ForecastErrorCard fiscalYear={fiscalYear - 1} />
      </Space>
    </>
  );
}
