import { Card, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ForecastError } from '../../../domain/spending/forecast-backtest.js';
import { apiFetch } from '../../app/api/client.js';
import { useT } from '../../app/i18n/index.js';
import type { MessageKey } from '../../app/i18n/index.js';

/** How far off the year-end forecast was on last year's history, month by month (MAPE). */
export function ForecastErrorCard({ fiscalYear }: { fiscalYear: number }) {
  const t = useT();
  const { data } = useQuery({
    queryKey: ['spending', 'forecast-error', fiscalYear],
    queryFn: ({ signal }) =>
      apiFetch<ForecastError>('/api/v1/spending/forecast-error', { query: { fiscalYear }, signal }),
  });
  if (!data || data.meanMapePct === null) {
    return null;
  }
  return (
    <Card title={t('spending.forecastError.title', { year: fiscalYear })} size="small">
      <Typography.Paragraph>
        {t('spending.forecastError.mean', { mape: data.meanMapePct.toFixed(2), projects: data.projects })}
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="fiscalMonth"
        dataSource={data.months}
        scroll={{ x: true }}
        columns={[
          {
            title: t('spending.forecastError.month'),
            render: (_, row) => t(`spending.month.${row.fiscalMonth}` as MessageKey),
          },
          {
            title: t('spending.forecastError.mape'),
            align: 'right',
            render: (_, row) => (row.mapePct === null ? '—' : row.mapePct.toFixed(2)),
          },
        ]}
      />
    </Card>
  );
}
