import { Alert, Card, Spin } from 'antd';
import { useNavigate } from '@tanstack/react-router';
import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import type { Overview } from '../../../domain/dashboards/overview.js';
import { FONT_FAMILY } from '../../app/theme.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { EChart, type EChartOption } from '../../components/EChart.js';
import type { Formats, MetricDefinition } from './metrics.js';
import { THAILAND_MAP, useThailandMap } from './useThailandMap.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The provinces of the nation or a cluster coloured by the measure compared; a click opens a province. */
export function OverviewMap({
  overview,
  metric,
  formats,
}: {
  overview: Overview;
  metric: MetricDefinition;
  formats: Formats;
}) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const map = useThailandMap();
  const option = useMemo<EChartOption>(() => {
    const byCode = new Map(overview.provinces.map((province) => [province.code ?? '', province]));
    const values = overview.provinces.map((province) => metric.value(province.metrics) ?? 0);
    return {
      textStyle: { fontFamily: FONT_FAMILY },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const province = byCode.get(Array.isArray(params) ? '' : String(params.name));
          if (!province) {
            return '';
          }
          const name = lang === 'en' ? (province.nameEn ?? province.nameTh) : province.nameTh;
          return `<strong>${escapeHtml(name)}</strong><br/>${escapeHtml(t(metric.labelKey))}: ${escapeHtml(
            metric.text(province.metrics, formats),
          )}`;
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: Math.max(1, ...values),
        left: 8,
        bottom: 8,
        calculable: true,
        inRange: { color: ['#e3eef9', '#7fb0de', '#1f4e8c'] },
      },
      series: [
        {
          type: 'map',
          map: THAILAND_MAP,
          nameProperty: 'name',
          roam: false,
          top: 16,
          bottom: 16,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f4b942' } },
          data: overview.provinces.map((province) => ({
            name: province.code ?? '',
            value: metric.value(province.metrics) ?? 0,
          })),
        },
      ],
    };
  }, [overview.provinces, metric, formats, lang, t]);
  const onClick = useCallback(
    (event: ECElementEvent) => {
      const code = String(event.name);
      if (overview.provinces.some((province) => province.code === code)) {
        void navigate({ to: '/overview', search: (previous) => ({ ...previous, level: 'province', code }) });
      }
    },
    [navigate, overview.provinces],
  );
  return (
    <Card
      title={t('overview.mapTitle', { metric: t(metric.labelKey) })}
      extra={<span className="hide-on-phone">{t('overview.mapHint')}</span>}
    >
      {map.isError && <Alert type="error" title={t('dashboard.mapError')} showIcon />}
      {map.isPending && (
        <div className="province-map province-map-loading">
          <Spin />
        </div>
      )}
      {map.isSuccess && (
        <EChart option={option} onClick={onClick} className="province-map" testId="overview-map" />
      )}
    </Card>
  );
}
