import { Alert, Card, Spin } from 'antd';
import { useNavigate } from '@tanstack/react-router';
import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import type { ProvinceStats } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { buildMapOption } from './mapOption.js';
import { useThailandMap } from './useThailandMap.js';

export interface ProvinceMapProps {
  provinces: readonly ProvinceStats[];
  /** The province of the global area picker, highlighted so map and picker agree. */
  selectedProvince: string | null;
}

export function ProvinceMap({ provinces, selectedProvince }: ProvinceMapProps) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const map = useThailandMap();
  const option = useMemo(
    () => buildMapOption(provinces, lang, t, selectedProvince),
    [provinces, lang, t, selectedProvince],
  );

  const handleClick = useCallback(
    (event: ECElementEvent) => {
      const code = String(event.name);
      if (/^\d{2}$/.test(code)) {
        // The clicked province becomes the global area too, so the header picker shows it.
        void navigate({
          to: '/areas/$code',
          params: { code },
          search: (previous) => ({ ...previous, area: code }),
        });
      }
    },
    [navigate],
  );

  return (
    <Card
      title={t('dashboard.mapTitle')}
      extra={<span className="hide-on-phone">{t('dashboard.mapHint')}</span>}
    >
      {map.isError && <Alert type="error" title={t('dashboard.mapError')} showIcon />}
      {map.isPending && (
        <div className="province-map province-map-loading">
          <Spin />
        </div>
      )}
      {map.isSuccess && (
        <EChart option={option} onClick={handleClick} className="province-map" testId="province-map" />
      )}
    </Card>
  );
}
