import type { AreaFigure } from '../../../domain/indicators/figures.js';
import type { Lang } from '../../app/i18n/index.js';
import { FONT_FAMILY } from '../../app/theme.js';
import type { EChartOption } from '../../components/EChart.js';
import { THAILAND_MAP } from '../dashboard/useThailandMap.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Provinces shaded by the indicator's figure (darker = better, whichever way is better); no figure stays blank. */
export function buildIndicatorMapOption(
  rows: readonly AreaFigure[],
  lang: Lang,
  higherIsBetter: boolean,
): EChartOption {
  const byCode = new Map(rows.map((row) => [row.areaCode, row]));
  const values = rows.map((row) => row.value);
  const locale = lang === 'th' ? 'th-TH' : 'en-US';
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const row = byCode.get(Array.isArray(params) ? '' : String(params.name));
        if (!row) {
          return '-';
        }
        const name = lang === 'en' ? (row.nameEn ?? row.nameTh) : row.nameTh;
        const change =
          row.change === null ? '' : ` (${row.change > 0 ? '+' : ''}${row.change.toLocaleString(locale)})`;
        return `<strong>${escapeHtml(name)}</strong><br/>${row.value.toLocaleString(locale)}${change}`;
      },
    },
    visualMap: {
      type: 'continuous',
      min: values.length > 0 ? Math.min(...values) : 0,
      max: values.length > 0 ? Math.max(...values) : 1,
      left: 8,
      bottom: 8,
      calculable: false,
      inRange: {
        color: higherIsBetter ? ['#c0392b', '#e7a33e', '#3f8f4f'] : ['#3f8f4f', '#e7a33e', '#c0392b'],
      },
    },
    series: [
      {
        type: 'map',
        map: THAILAND_MAP,
        nameProperty: 'name',
        roam: false,
        top: 16,
        bottom: 16,
        data: rows.map((row) => ({ name: row.areaCode, value: row.value })),
      },
    ],
  };
}
