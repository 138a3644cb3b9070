import type { RankingRow } from '../../../domain/spending/ranking.js';
import type { Lang, Translate } from '../../app/i18n/index.js';
import { FONT_FAMILY } from '../../app/theme.js';
import type { EChartOption } from '../../components/EChart.js';
import { THAILAND_MAP } from '../dashboard/useThailandMap.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Points behind the target beyond which a province shows red rather than amber. */
const FAR_BEHIND_POINTS = -10;

/**
 * Provinces coloured by disbursed percent against the cabinet target: green at or above it, amber
 * up to 10 points behind, red further behind; provinces without figures stay uncoloured.
 */
export function buildSpendingMapOption(
  rows: readonly RankingRow[],
  lang: Lang,
  t: Translate,
  selected: string | null,
): EChartOption {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return {
    textStyle: { fontFamily: FONT_FAMILY },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const row = byCode.get(Array.isArray(params) ? '' : String(params.name));
        if (!row) {
          return escapeHtml(t('spending.map.noData'));
        }
        const name = lang === 'en' ? (row.nameEn ?? row.nameTh) : row.nameTh;
        return [
          `<strong>${escapeHtml(name)}</strong>`,
          `${t('spending.ranking.disbursedPct')}: ${row.disbursedPct.toLocaleString(lang === 'th' ? 'th-TH' : 'en-US')} %`,
          row.gapPoints === null ? '' : `${t('spending.ranking.gap')}: ${row.gapPoints}`,
        ]
          .filter(Boolean)
          .join('<br/>');
      },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 0,
      left: 8,
      bottom: 8,
      pieces: [
        { min: 0, label: t('spending.map.meets'), color: '#3f8f4f' },
        { min: FAR_BEHIND_POINTS, max: 0, label: t('spending.map.behind'), color: '#e7a33e' },
        { max: FAR_BEHIND_POINTS, label: t('spending.map.farBehind'), color: '#c0392b' },
      ],
    },
    series: [
      {
        type: 'map',
        map: THAILAND_MAP,
        nameProperty: 'name',
        roam: false,
        top: 16,
        bottom: 16,
        selectedMode: 'single',
        emphasis: { label: { show: false } },
        select: { label: { show: false }, itemStyle: { borderColor: '#1f2d3d', borderWidth: 2 } },
        data: rows.map((row) => ({
          name: row.code,
          value: row.gapPoints ?? row.disbursedPct,
          selected: row.code === selected,
        })),
      },
    ],
  };
}
