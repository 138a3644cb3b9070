import { InputNumber, Space, Typography } from 'antd';
import type { ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useT } from '../../app/i18n/index.js';
import { FONT_FAMILY } from '../../app/theme.js';
import { echarts } from '../../components/echarts.js';
import { THAILAND_MAP, useThailandMap } from '../dashboard/useThailandMap.js';

export type Point = { latitude: number; longitude: number };

/** Thailand's bounds, as the API accepts positions (latitude 5–21, longitude 97–106). */
const LIMITS = { latitude: [5, 21], longitude: [97, 106] } as const;
const round = (value: number) => Math.round(value * 100_000) / 100_000;

/**
 * A position picked by clicking the map (a photo without Exif GPS), or typed as numbers by those who
 * do not use a pointer. `center` opens the map on the project's place.
 */
export function PointPicker({
  value,
  onChange,
  center,
  testId,
}: {
  value: Point | null;
  onChange: (point: Point | null) => void;
  center?: [number, number];
  testId: string;
}) {
  const t = useT();
  const geo = useThailandMap();
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const pick = useRef(onChange);
  pick.current = onChange;

  useEffect(() => {
    if (!host.current || !geo.isSuccess) {
      return undefined;
    }
    const instance = echarts.init(host.current);
    chart.current = instance;
    instance.getZr().on('click', (event) => {
      const [longitude, latitude] = instance.convertFromPixel({ geoIndex: 0 }, [
        event.offsetX,
        event.offsetY,
      ]);
      if (
        latitude !== undefined &&
        longitude !== undefined &&
        latitude >= LIMITS.latitude[0] &&
        latitude <= LIMITS.latitude[1] &&
        longitude >= LIMITS.longitude[0] &&
        longitude <= LIMITS.longitude[1]
      ) {
        pick.current({ latitude: round(latitude), longitude: round(longitude) });
      }
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [geo.isSuccess]);

  useEffect(() => {
    chart.current?.setOption({
      textStyle: { fontFamily: FONT_FAMILY },
      geo: {
        map: THAILAND_MAP,
        roam: true,
        ...(center ? { center, zoom: 6 } : {}),
        itemStyle: { areaColor: '#eef3f8', borderColor: '#8aa4c0' },
        emphasis: { disabled: true },
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: 14,
          itemStyle: { color: '#c0392b' },
          data: value ? [[value.longitude, value.latitude]] : [],
        },
      ],
    });
  }, [center, value, geo.isSuccess]);

  const setPart = (part: keyof Point, number: number | null) => {
    const next = { latitude: value?.latitude ?? null, longitude: value?.longitude ?? null, [part]: number };
    onChange(
      next.latitude === null || next.longitude === null
        ? null
        : { latitude: next.latitude, longitude: next.longitude },
    );
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('progress.photo.pickHint')}</Typography.Text>
      <div ref={host} style={{ height: 320, width: '100%' }} data-testid={testId} />
      <Space wrap>
        <InputNumber<number>
          aria-label={t('progress.photo.latitude')}
          placeholder={t('progress.photo.latitude')}
          min={LIMITS.latitude[0]}
          max={LIMITS.latitude[1]}
          step={0.0001}
          value={value?.latitude ?? null}
          onChange={(number) => setPart('latitude', number)}
          data-testid={`${testId}-latitude`}
          style={{ width: 180 }}
        />
        <InputNumber<number>
          aria-label={t('progress.photo.longitude')}
          placeholder={t('progress.photo.longitude')}
          min={LIMITS.longitude[0]}
          max={LIMITS.longitude[1]}
          step={0.0001}
          value={value?.longitude ?? null}
          onChange={(number) => setPart('longitude', number)}
          data-testid={`${testId}-longitude`}
          style={{ width: 180 }}
        />
      </Space>
    </Space>
  );
}
