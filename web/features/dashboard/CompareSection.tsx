import { Empty, Segmented, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo, useState } from 'react';
import type { DrillLevel, Overview, OverviewChild } from '../../../domain/dashboards/overview.js';
import { FONT_FAMILY } from '../../app/theme.js';
import { useLang, useT, type MessageKey } from '../../app/i18n/index.js';
import { EChart, type EChartOption } from '../../components/EChart.js';
import { ExportButton } from '../../components/ExportButton.js';
import { overviewExportUrl } from './api.js';
import { METRICS, type Formats, type MetricKey } from './metrics.js';

type View = 'chart' | 'table';

const nameOf = (child: OverviewChild, lang: 'th' | 'en') =>
  lang === 'en' ? (child.nameEn ?? child.nameTh) : child.nameTh;

function DrillLink({ level, child, lang }: { level: DrillLevel; child: OverviewChild; lang: 'th' | 'en' }) {
  return (
    <Link
      to="/overview"
      search={(previous) => ({ ...previous, level, code: child.code ?? undefined })}
      data-testid={`drill-${child.code}`}
    >
      {nameOf(child, lang)}
    </Link>
  );
}

/** The unit's children compared on one measure: a bar chart or the same figures as a table, and the sheet. */
export function CompareSection({
  overview,
  formats,
  metricKey,
  onMetricChange,
}: {
  overview: Overview;
  formats: Formats;
  metricKey: MetricKey;
  onMetricChange: (key: MetricKey) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [view, setView] = useState<View>('chart');
  const metric = METRICS.find((entry) => entry.key === metricKey) ?? METRICS[0];
  const childLevel = overview.childLevel;
  const children = overview.children;
  const drill = useCallback(
    (code: string | null) => {
      if (childLevel && code) {
        void navigate({ to: '/overview', search: (previous) => ({ ...previous, level: childLevel, code }) });
      }
    },
    [childLevel, navigate],
  );
  const option = useMemo<EChartOption>(() => {
    const rows = [...children].reverse();
    const percent = metric?.percent ?? false;
    return {
      textStyle: { fontFamily: FONT_FAMILY },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => (percent ? `${String(value)} %` : String(value)),
      },
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', ...(percent ? { axisLabel: { formatter: '{value} %' } } : {}) },
      yAxis: { type: 'category', data: rows.map((child) => nameOf(child, lang)) },
      series: [
        {
          type: 'bar',
          name: metric ? t(metric.labelKey) : '',
          data: rows.map((child) => ({ value: metric?.value(child.metrics) ?? 0, code: child.code })),
          itemStyle: { color: '#1f4e8c' },
        },
      ],
    };
  }, [children, metric, lang, t]);
  const onBarClick = useCallback(
    (event: ECElementEvent) => drill(children[children.length - 1 - event.dataIndex]?.code ?? null),
    [children, drill],
  );
  if (!childLevel || children.length === 0) {
    return childLevel ? <Empty description={t('overview.empty')} /> : null;
  }
  const levelName = t(`overview.level.${childLevel}` as MessageKey);
  return (
    <section aria-labelledby="overview-compare-title">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2} style={{ fontSize: 18 }} id="overview-compare-title">
          {t('overview.compareTitle', { level: levelName })}
        </Typography.Title>
        <Space wrap>
          <Segmented<View>
            aria-label={t('overview.view')}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', label: t('overview.view.chart') },
              { value: 'table', label: t('overview.view.table') },
            ]}
            data-testid="overview-view"
          />
          <ExportButton
            href={overviewExportUrl(overview.fiscalYear, {
              level: overview.unit.level,
              code: overview.unit.code ?? undefined,
            })}
            testId="overview-export"
          />
        </Space>
      </Space>
      {view === 'chart' ? (
        <>
          <Segmented<MetricKey>
            aria-label={t('overview.measure')}
            value={metricKey}
            onChange={onMetricChange}
            options={METRICS.map((entry) => ({ value: entry.key, label: t(entry.labelKey) }))}
            style={{ margin: '8px 0', maxWidth: '100%', overflowX: 'auto' }}
          />
          <EChart
            option={option}
            onClick={onBarClick}
            style={{ height: Math.max(240, children.length * 24 + 40) }}
            testId="overview-chart"
          />
          {/* The bars are a canvas: these links are the keyboard's and screen reader's way down. */}
          <nav aria-label={t('overview.drillLinks', { level: levelName })}>
            <Space wrap size={[12, 4]}>
              {children.map((child) => (
                <DrillLink key={child.code} level={childLevel} child={child} lang={lang} />
              ))}
            </Space>
          </nav>
        </>
      ) : (
        <Table<OverviewChild>
          rowKey={(child) => child.code ?? child.nameTh}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={children}
          data-testid="overview-table"
          columns={[
            {
              title: t('overview.column.name'),
              fixed: 'left',
              render: (_, child) => <DrillLink level={childLevel} child={child} lang={lang} />,
            },
            ...METRICS.map((entry) => ({
              title: t(entry.labelKey),
              key: entry.key,
              align: 'right' as const,
              render: (_: unknown, child: OverviewChild) => entry.text(child.metrics, formats),
            })),
          ]}
        />
      )}
    </section>
  );
}
