import { Card, Statistic } from 'antd';
import type { ProvinceStats } from '../../app/api/types.js';
import { useLang, useT, type MessageKey } from '../../app/i18n/index.js';

export interface SummaryCardsProps {
  provinces: readonly ProvinceStats[];
  clusterCount: number | undefined;
  loading: boolean;
  /** A scoped user's own provinces: no national province and cluster counts. */
  scoped: boolean;
}

interface SummaryItem {
  key: string;
  labelKey: MessageKey;
  value: number | undefined;
}

function sum(provinces: readonly ProvinceStats[], pick: (stats: ProvinceStats) => number): number {
  return provinces.reduce((total, stats) => total + pick(stats), 0);
}

export function SummaryCards({ provinces, clusterCount, loading, scoped }: SummaryCardsProps) {
  const t = useT();
  const { lang } = useLang();
  const number = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US');
  const villages = sum(provinces, (stats) => stats.villages);
  const items: SummaryItem[] = [
    ...(scoped
      ? []
      : [
          { key: 'provinces', labelKey: 'dashboard.provinces' as const, value: provinces.length },
          { key: 'clusters', labelKey: 'dashboard.clusters' as const, value: clusterCount },
        ]),
    { key: 'districts', labelKey: 'dashboard.districts', value: sum(provinces, (stats) => stats.districts) },
    {
      key: 'subdistricts',
      labelKey: 'dashboard.subdistricts',
      value: sum(provinces, (stats) => stats.subdistricts),
    },
    // Villages are imported per province; a zero would read as a fact rather than a gap.
    ...(villages > 0 ? [{ key: 'villages', labelKey: 'dashboard.villages' as const, value: villages }] : []),
  ];

  return (
    <div className="summary-grid">
      {items.map((item) => (
        <Card key={item.key} size="small" data-testid={`summary-${item.key}`}>
          <Statistic
            title={t(item.labelKey)}
            value={item.value ?? 0}
            loading={loading}
            formatter={(value) => number.format(Number(value))}
          />
        </Card>
      ))}
    </div>
  );
}
