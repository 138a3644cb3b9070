import type { ProvinceStats } from '../../app/api/types.js';
import { FONT_FAMILY } from '../../app/theme.js';
import type { Lang, Translate } from '../../app/i18n/index.js';
import type { EChartOption } from '../../components/EChart.js';
import { THAILAND_MAP } from './useThailandMap.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function provinceName(stats: ProvinceStats, lang: Lang): string {
  return lang === 'en' ? (stats.nameEn ?? stats.nameTh) : stats.nameTh;
}

/** Choropleth of subdistricts per province; regions are keyed by the DOPA code in the GeoJSON `name`. */
export function buildMapOption(
  provinces: readonly ProvinceStats[],
  lang: Lang,
  t: Translate,
  selectedProvince: string | null = null,
): EChartOption {
  const byCode = new Map(provinces.map((stats) => [stats.provinceCode, stats]));
  const max = Math.max(1, ...provinces.map((stats) => stats.subdistricts));
  const number = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US');

  return {
    textStyle: { fontFamily: FONT_FAMILY },
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily: FONT_FAMILY },
      formatter: (params) => {
        const code = Array.isArray(params) ? '' : String(params.name);
        const stats = byCode.get(code);
        if (!stats) {
          return escapeHtml(code);
        }
        const rows = [
          `<strong>${escapeHtml(provinceName(stats, lang))}</strong>`,
          `${t('dashboard.districts')}: ${number.format(stats.districts)}`,
          `${t('dashboard.subdistricts')}: ${number.format(stats.subdistricts)}`,
          `${t('dashboard.villages')}: ${number.format(stats.villages)}`,
        ];
        const clusterName =
          lang === 'en' ? (stats.clusterNameEn ?? stats.clusterNameTh) : stats.clusterNameTh;
        if (clusterName) {
          rows.push(`${t('dashboard.cluster')}: ${escapeHtml(clusterName)}`);
        }
        return rows.join('<br/>');
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
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
        selectedMode: 'single',
        select: {
          label: { show: false },
          itemStyle: { areaColor: '#f4b942', borderColor: '#7a4f00', borderWidth: 1.5 },
        },
        data: provinces.map((stats) => ({
          name: stats.provinceCode,
          value: stats.subdistricts,
          selected: stats.provinceCode === selectedProvince,
        })),
      },
    ],
  };
}
