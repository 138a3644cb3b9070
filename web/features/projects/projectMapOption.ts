import type { ProvinceStats } from '../../app/api/types.js';
import type { Lang, Translate } from '../../app/i18n/index.js';
import { FONT_FAMILY } from '../../app/theme.js';
import type { EChartOption } from '../../components/EChart.js';
import type { ProjectMapData } from '../../../domain/projects/project-map.js';
import { formatBaht } from '../../../domain/thai/money.js';
import { THAILAND_MAP } from '../dashboard/useThailandMap.js';

type Point = ProjectMapData['points'][number] & { lat: number; lon: number };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Area points that have coordinates (a drawn point, else the area's own; a few areas have none). */
export function placedProjectPoints(data: ProjectMapData | undefined): Point[] {
  return (data?.points ?? []).filter((point): point is Point => point.lat !== null && point.lon !== null);
}

export interface ProjectMapInput {
  data: ProjectMapData | undefined;
  provinces: readonly ProvinceStats[];
  lang: Lang;
  t: Translate;
}

/** Money per province (shares of cluster projects included) and, for a chosen province, its project points. */
export function buildProjectMapOption({ data, provinces, lang, t }: ProjectMapInput): EChartOption {
  const names = new Map(
    provinces.map((stats) => [stats.provinceCode, lang === 'en' ? stats.nameEn : stats.nameTh]),
  );
  const rows = data?.provinces ?? [];
  const points = placedProjectPoints(data);
  const baht = (satang: string) => Number(BigInt(satang) / 100n);
  const max = Math.max(1, ...rows.map((row) => baht(row.totalSatang)));
  const maxPoint = Math.max(1, ...points.map((point) => point.projects));
  const lons = points.map((point) => point.lon);
  const lats = points.map((point) => point.lat);
  const bounds =
    points.length > 0
      ? {
          boundingCoords: [
            [Math.min(...lons) - 0.25, Math.max(...lats) + 0.25],
            [Math.max(...lons) + 0.25, Math.min(...lats) - 0.25],
          ],
        }
      : {};
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
            ? `<strong>${escapeHtml(point.nameTh ?? point.areaCode)}</strong><br/>${t('projectMap.projects', { count: point.projects })}`
            : '';
        }
        const code = String(params.name);
        const row = rows.find((entry) => entry.provinceCode === code);
        return [
          `<strong>${escapeHtml(names.get(code) ?? code)}</strong>`,
          t('projectMap.projects', { count: row?.projects ?? 0 }),
          t('projectMap.amount', { amount: formatBaht(BigInt(row?.totalSatang ?? '0')) }),
        ].join('<br/>');
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
      text: [t('projectMap.more'), t('projectMap.less')],
      inRange: { color: ['#eef4fb', '#8db8e3', '#1f4e8c'] },
    },
    geo: {
      map: THAILAND_MAP,
      nameProperty: 'name',
      roam: points.length > 0,
      top: 16,
      bottom: 16,
      ...bounds,
      itemStyle: { areaColor: '#f3f5f9', borderColor: '#9aa5b1', borderWidth: 0.6 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#f4b942' } },
      select: { disabled: true },
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: rows.map((row) => ({ name: row.provinceCode, value: baht(row.totalSatang) })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        geoIndex: 0,
        data: points.map((point) => ({
          name: point.nameTh ?? point.areaCode,
          value: [point.lon, point.lat, point.projects],
        })),
        symbolSize: (value: number[]) => 5 + Math.sqrt((value[2] ?? 0) / maxPoint) * 18,
        itemStyle: { color: '#e8590c', opacity: 0.75, borderColor: '#fff', borderWidth: 0.5 },
        zlevel: 1,
      },
    ],
  };
}
