import { Empty, Segmented, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { TARGET_CLASSES, type TargetClass } from '../../../domain/spending/budget-class.js';
import type { SpendingSummary } from '../../../domain/spending/spending-response.js';
import { formatBaht } from '../../../domain/thai/index.js';
import { useT } from '../../app/i18n/index.js';
import type { MessageKey } from '../../app/i18n/index.js';
import { EChart, type EChartOption } from '../../components/EChart.js';

/** Cumulative planned and disbursed percent of the allocation against the cabinet's target, by month. */
export function SCurveChart({ summary }: { summary: SpendingSummary }) {
  const t = useT();
  const [budgetClass, setBudgetClass] = useState<TargetClass>('overall');
  const data = summary.classes.find((entry) => entry.budgetClass === budgetClass);
  const allocation = BigInt(data?.allocationSatang ?? '0');
  const option = useMemo<EChartOption>(() => {
    const months = data?.months ?? [];
    const pct = (cumulative: string) =>
      allocation === 0n ? 0 : Number((BigInt(cumulative) * 10000n) / allocation) / 100;
    return {
      tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)} %` },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 16, bottom: 48 },
      xAxis: {
        type: 'category',
        data: months.map((m) => t(`spending.month.${m.fiscalMonth}` as MessageKey)),
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        { name: t('spending.curve.plan'), type: 'line', data: months.map((m) => pct(m.plannedCumSatang)) },
        { name: t('spending.curve.actual'), type: 'line', data: months.map((m) => m.disbursedPct) },
        {
          name: t('spending.curve.target'),
          type: 'line',
          lineStyle: { type: 'dashed' },
          data: months.map((m) => m.targetPct),
        },
      ],
    };
  }, [data, allocation, t]);
  return (
    <section aria-labelledby="spending-curve-title">
      <Typography.Title level={4} id="spending-curve-title">
        {t('spending.curve.title')}
      </Typography.Title>
      <Segmented<TargetClass>
        value={budgetClass}
        onChange={setBudgetClass}
        options={TARGET_CLASSES.map((value) => ({ value, label: t(`spending.class.${value}`) }))}
      />
      {allocation === 0n ? (
        <Empty description={t('spending.curve.empty')} />
      ) : (
        <>
          <Typography.Paragraph>
            {t('spending.allocation', { amount: formatBaht(allocation) })}
          </Typography.Paragraph>
          <EChart option={option} style={{ height: 320 }} testId="spending-s-curve" />
        </>
      )}
    </section>
  );
}
