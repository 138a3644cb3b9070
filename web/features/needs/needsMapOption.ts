import type { ProvinceStats } from '../../app/api/types.js';
import type { Lang, Translate } from '../../app/i18n/index.js';
import { FONT_FAMILY } from '../../app/theme.js';
import type { EChartOption } from '../../components/EChart.js';
import { THAILAND_MAP } from '../dashboard/useThailandMap.js';
import { formatCount } from './labels.js';
import type { NeedMapData } from '../../../domain/needs/need-reports.js';

export type MapPoint = NeedMapData['points'][number] & { lat: number; lon: number };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Subdistrict points that have coordinates (a few DOPA rows have none). */
export function placedPoints(data: NeedMapData | undefined): MapPoint[] {
  return (data?.points ?? []).filter((point): point is MapPoint => point.lat !== null && point.lon !== null);
}

/** Frame around the points with a margin, so a province fills the map when one is chosen. */
function boundsOf(points: readonly MapPoint[]): [[number, number], [number, number]] | undefined {
  if (points.length === 0) {
    return undefined;
  }
  const lons = points.map((point) => point.lon);
  const lats = points.map((point) => point.lat);
  const margin = 0.25;
  return [
    [Math.min(...lons) - margin, Math.max(...lats) + margin],
    [Math.max(...lons) + margin, Math.min(...lats) - margin],
  ];
}

export interface NeedsMapInput {
  data: NeedMapData | undefined;
  provinces: readonly ProvinceStats[];
  focused: boolean;
  lang: Lang;
  t: Translate;
}

/** Choropleth of needs per province, with subdistrict points sized by their needs when a province is open. */
export function buildNeedsMapOption({ data, provinces, focused, lang, t }: NeedsMapInput): EChartOption {
  const names = new Map(
    provinces.map((stats) => [stats.provinceCode, lang === 'en' ? stats.nameEn : stats.nameTh]),
  );
  const counts = data?.provinces ?? [];
  const points = placedPoints(data);
  const max = Math.max(1, ...counts.map((row) => row.needs));
  const maxPoint = Math.max(1, ...points.map((point) => point.needs));
  const bounds = focused ? boundsOf(points) : undefined;

  return {
    textStyle: { fontFamily: FONT_FAMILY },
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily: FONT_FAMILY },
      formatter: (params) => {
        if (Array.isArray(params)) {
          return '';
        }
        if (params.seriesType === 'scatter') {
          const point = points[params.dataIndex];
          return point
            ? `<strong>${escapeHtml(point.nameTh ?? point.code)}</strong><br/>${t('needs.map.needs')}: ${formatCount(point.needs, lang)}`
            : '';
        }
        const code = String(params.name);
        const needs = counts.find((row) => row.provinceCode === code)?.needs ?? 0;
        return `<strong>${escapeHtml(names.get(code) ?? code)}</strong><br/>${t('needs.map.needs')}: ${formatCount(needs, lang)}`;
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      seriesIndex: 0,
      left: 8,
      bottom: 8,
      calculable: true,
      text: [t('needs.map.more'), t('needs.map.fewer')],
      inRange: { color: ['#eef4fb', '#8db8e3', '#1f4e8c'] },
    },
    geo: {
      map: THAILAND_MAP,
      nameProperty: 'name',
      roam: focused,
      top: 16,
      bottom: 16,
      ...(bounds ? { boundingCoords: bounds } : {}),
      itemStyle: { areaColor: '#f3f5f9', borderColor: '#9aa5b1', borderWidth: 0.6 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#f4b942' } },
      select: { disabled: true },
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: counts.map((row) => ({ name: row.provinceCode, value: row.needs })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        geoIndex: 0,
        data: points.map((point) => ({
          name: point.nameTh ?? point.code,
          value: [point.lon, point.lat, point.needs],
        })),
        symbolSize: (value: number[]) => 5 + Math.sqrt((value[2] ?? 0) / maxPoint) * 18,
        itemStyle: { color: '#e8590c', opacity: 0.75, borderColor: '#fff', borderWidth: 0.5 },
        emphasis: { scale: 1.4 },
        zlevel: 1,
      },
    ],
  };
}
