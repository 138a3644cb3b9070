import { Card, Statistic } from 'antd';
import type { ProvinceStats } from '../../app/api/types.js';
import { useLang, useT, type MessageKey } from '../../app/i18n/index.js';

export interface SummaryCardsProps {
  provinces: readonly ProvinceStats[];
  clusterCount: number | undefined;
  loading: boolean;
}

interface SummaryItem {
  key: string;
  labelKey: MessageKey;
  value: number | undefined;
}

function sum(provinces: readonly ProvinceStats[], pick: (stats: ProvinceStats) => number): number {
  return provinces.reduce((total, stats) => total + pick(stats), 0);
}

export function SummaryCards({ provinces, clusterCount, loading }: SummaryCardsProps) {
  const t = useT();
  const { lang } = useLang();
  const number = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-US');
  const items: SummaryItem[] = [
    { key: 'provinces', labelKey: 'dashboard.provinces', value: provinces.length },
    { key: 'clusters', labelKey: 'dashboard.clusters', value: clusterCount },
    { key: 'districts', labelKey: 'dashboard.districts', value: sum(provinces, (stats) => stats.districts) },
    {
      key: 'subdistricts',
      labelKey: 'dashboard.subdistricts',
      value: sum(provinces, (stats) => stats.subdistricts),
    },
    { key: 'villages', labelKey: 'dashboard.villages', value: sum(provinces, (stats) => stats.villages) },
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
