import type { Ranking } from '../../../domain/programmes/responses.js';
import type { Translate } from '../../app/i18n/index.js';
import { FONT_FAMILY } from '../../app/theme.js';
import type { EChartOption } from '../../components/EChart.js';
import { THAILAND_MAP } from '../dashboard/useThailandMap.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Provinces coloured by their mean achievement (0–100 %); a late reporter gets a thick dark outline
 * so lateness reads without colour; provinces without a target stay uncoloured.
 */
export function buildProgrammeMapOption(ranking: Ranking, t: Translate): EChartOption {
  const byCode = new Map(ranking.provinces.map((row) => [row.provinceCode, row]));
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const row = byCode.get(Array.isArray(params) ? '' : String(params.name));
        if (!row) {
          return escapeHtml(t('programmes.map.noTarget'));
        }
        return [
          `<strong>${escapeHtml(row.provinceName)}</strong>`,
          `${t('programmes.ranking.score')}: ${row.score ?? '-'}`,
          `${t('programmes.ranking.rank')}: ${row.rank ?? '-'}`,
          row.overduePeriods.length > 0
            ? `${t('programmes.ranking.overdue')}: ${row.overduePeriods.join(', ')}`
            : '',
        ]
          .filter(Boolean)
          .join('<br/>');
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: 100,
      left: 8,
      bottom: 8,
      text: ['100 %', '0 %'],
      calculable: false,
      inRange: { color: ['#f3d9a4', '#7fb0de', '#1f4e8c'] },
    },
    series: [
      {
        type: 'map',
        map: THAILAND_MAP,
        nameProperty: 'name',
        roam: false,
        top: 16,
        bottom: 16,
        emphasis: { label: { show: false } },
        data: ranking.provinces.map((row) => ({
          name: row.provinceCode,
          value: row.score ?? 0,
          itemStyle: row.overduePeriods.length > 0 ? { borderColor: '#7a1f1f', borderWidth: 2 } : undefined,
        })),
      },
    ],
  };
}
