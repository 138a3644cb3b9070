import { Alert, Card, Spin } from 'antd';
import type { ECElementEvent } from 'echarts/core';
import { useMemo } from 'react';
import type { RankingRow } from '../../../domain/spending/ranking.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { useThailandMap } from '../dashboard/useThailandMap.js';
import { buildSpendingMapOption } from './spendingMapOption.js';

/** The province map coloured by disbursement against target; a click drills into the province. */
export function SpendingMap(props: {
  rows: readonly RankingRow[];
  selected: string | null;
  onSelect: (provinceCode: string) => void;
}) {
  const { rows, selected, onSelect } = props;
  const t = useT();
  const { lang } = useLang();
  const map = useThailandMap();
  const option = useMemo(() => buildSpendingMapOption(rows, lang, t, selected), [rows, lang, t, selected]);
  const onClick = (event: ECElementEvent) => {
    const code = String(event.name);
    if (rows.some((row) => row.code === code)) {
      onSelect(code);
    }
  };
  return (
    <Card
      title={t('spending.map.title')}
      extra={<span className="hide-on-phone">{t('spending.map.hint')}</span>}
    >
      {map.isError ? <Alert type="error" showIcon message={t('dashboard.mapError')} /> : null}
      {map.isPending ? (
        <div className="province-map province-map-loading">
          <Spin />
        </div>
      ) : null}
      {map.isSuccess ? (
        <EChart option={option} onClick={onClick} className="province-map" testId="spending-map" />
      ) : null}
    </Card>
  );
}
