import { useNavigate } from '@tanstack/react-router';
import { Alert, Space, Spin, Typography } from 'antd';
import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { ASSET_STATUS_LABELS, ASSET_STATUSES } from '../../../domain/assets/asset.js';
import type { AssetFilter } from '../../../domain/assets/asset-input.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { FONT_FAMILY } from '../../app/theme.js';
import { EChart, type EChartOption } from '../../components/EChart.js';
import { THAILAND_MAP, useThailandMap } from '../dashboard/useThailandMap.js';
import { useAssetMap } from './api.js';

const STATUS_COLOURS = ['#1f4e8c', '#7b5ea7', '#b7791f', '#c05621', '#2f855a', '#718096'];
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The filtered assets as points on Thailand's map, one series per transfer status; a click opens one. */
export function AssetsMap({ filter }: { filter: AssetFilter }) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const geo = useThailandMap();
  const map = useAssetMap(filter, true);
  const points = useMemo(() => map.data?.points ?? [], [map.data]);
  const option = useMemo<EChartOption>(
    () => ({
      textStyle: { fontFamily: FONT_FAMILY },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const point = Array.isArray(params) ? undefined : (params.data as { id?: string } | undefined);
          const asset = points.find((row) => row.id === point?.id);
          return asset
            ? `<strong>${escapeHtml(asset.code)}</strong><br/>${escapeHtml(asset.description)}<br/>${ASSET_STATUS_LABELS[asset.status][lang]}`
            : '';
        },
      },
      legend: { bottom: 0, textStyle: { fontFamily: FONT_FAMILY } },
      geo: { map: THAILAND_MAP, roam: true, itemStyle: { areaColor: '#eef3f8', borderColor: '#8aa4c0' } },
      series: ASSET_STATUSES.map((status, index) => ({
        type: 'scatter' as const,
        name: ASSET_STATUS_LABELS[status][lang],
        coordinateSystem: 'geo',
        symbolSize: 9,
        itemStyle: { color: STATUS_COLOURS[index] },
        data: points
          .filter((point) => point.status === status)
          .map((point) => ({ id: point.id, value: [point.longitude, point.latitude] })),
      })),
    }),
    [lang, points],
  );
  const open = useCallback(
    (event: ECElementEvent) => {
      const id = (event.data as { id?: string } | undefined)?.id;
      if (id) {
        void navigate({ to: '/assets/$assetId', params: { assetId: id } });
      }
    },
    [navigate],
  );
  const data = map.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('assetForms.map.hint')}</Typography.Text>
      {map.isError || geo.isError ? <Alert type="error" showIcon title={t('assets.loadError')} /> : null}
      {data && data.points.length < data.total - data.unplaced ? (
        <Alert
          type="warning"
          showIcon
          title={t('assetForms.map.truncated', { shown: data.points.length, total: data.total })}
        />
      ) : null}
      {data ? (
        <Typography.Text data-testid="assets-map-unplaced">
          {t('assetForms.map.unplaced', { count: data.unplaced })}
        </Typography.Text>
      ) : null}
      {geo.isSuccess && data ? (
        <EChart option={option} onClick={open} className="needs-map" testId="assets-map" />
      ) : (
        <Spin />
      )}
    </Space>
  );
}
