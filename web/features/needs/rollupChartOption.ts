import type { Lang } from '../../app/i18n/index.js';
import { FONT_FAMILY } from '../../app/theme.js';
import type { EChartOption } from '../../components/EChart.js';
import { formatCount } from './labels.js';

export type RollupMetric = 'needs' | 'households' | 'people';

export interface ChartRow {
  label: string;
  value: number;
}

/** Horizontal bars, largest on top. */
export function buildRollupChartOption(
  rows: readonly ChartRow[],
  seriesName: string,
  lang: Lang,
): EChartOption {
  const ordered = [...rows].reverse();
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    tooltip: { trigger: 'item', textStyle: { fontFamily: FONT_FAMILY } },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatCount(value, lang) } },
    yAxis: {
      type: 'category',
      data: ordered.map((row) => row.label),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: ordered.map((row) => row.value),
        itemStyle: { color: '#1f4e8c', borderRadius: [0, 4, 4, 0] },
        label: {
          show: true,
          position: 'right',
          formatter: (params) => formatCount(Number(params.value), lang),
        },
        barMaxWidth: 22,
      },
    ],
  };
}
