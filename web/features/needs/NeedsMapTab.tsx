import { Alert, Card, Col, Row, Space, Spin, Table, Typography } from 'antd';
import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import { useProvinceStats } from '../../app/api/reference.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { EChart } from '../../components/EChart.js';
import { useThailandMap } from '../dashboard/useThailandMap.js';
import { useNeedMap } from './api.js';
import { formatCount } from './labels.js';
import { NeedFilters } from './NeedFilters.js';
import { buildNeedsMapOption, placedPoints } from './needsMapOption.js';
import type { NeedsView } from './useNeedsSearch.js';

export interface NeedsMapTabProps {
  view: NeedsView;
}

interface RankRow {
  code: string;
  name: string;
  needs: number;
}

/** Needs by province on the map; a chosen province shows its subdistricts as points. */
export function NeedsMapTab({ view }: NeedsMapTabProps) {
  const t = useT();
  const { lang } = useLang();
  const geo = useThailandMap();
  const stats = useProvinceStats();
  const province = view.filter.areaCode?.slice(0, 2);
  const data = useNeedMap({
    areaCode: province,
    clusterId: view.filter.clusterId,
    fiscalYear: view.filter.fiscalYear,
  });
  const provinces = useMemo(() => stats.data?.items ?? [], [stats.data]);
  const points = useMemo(() => placedPoints(data.data), [data.data]);

  const option = useMemo(
    () => buildNeedsMapOption({ data: data.data, provinces, focused: province !== undefined, lang, t }),
    [data.data, lang, province, provinces, t],
  );

  const handleClick = useCallback(
    (event: ECElementEvent) => {
      if (event.seriesType === 'scatter') {
        const point = points[event.dataIndex];
        if (point) {
          view.update({ needArea: point.code, tab: undefined });
        }
        return;
      }
      const code = String(event.name);
      if (/^\d{2}$/.test(code)) {
        view.update({ needArea: code });
      }
    },
    [points, view],
  );

  const ranking = useMemo<RankRow[]>(() => {
    if (province) {
      return [...(data.data?.points ?? [])]
        .sort((a, b) => b.needs - a.needs)
        .map((point) => ({ code: point.code, name: point.nameTh ?? point.code, needs: point.needs }));
    }
    const names = new Map(
      provinces.map((row) => [row.provinceCode, lang === 'en' ? row.nameEn : row.nameTh]),
    );
    return [...(data.data?.provinces ?? [])]
      .sort((a, b) => b.needs - a.needs)
      .map((row) => ({
        code: row.provinceCode,
        name: names.get(row.provinceCode) ?? row.provinceCode,
        needs: row.needs,
      }));
  }, [data.data, lang, province, provinces]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <NeedFilters view={view} compact />
      {data.isError && <Alert type="error" showIcon title={t('needs.loadError')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Typography.Text type="secondary">
            {province ? t('needs.map.hintProvince') : t('needs.map.hintCountry')}
          </Typography.Text>
          {geo.isError && <Alert type="error" showIcon title={t('dashboard.mapError')} />}
          {(geo.isPending || data.isPending) && (
            <div className="needs-map province-map-loading">
              <Spin />
            </div>
          )}
          {geo.isSuccess && !data.isPending && (
            <EChart option={option} onClick={handleClick} className="needs-map" testId="needs-map" />
          )}
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={province ? t('needs.map.topSubdistricts') : t('needs.map.topProvinces')}>
            <Table<RankRow>
              rowKey="code"
              size="small"
              dataSource={ranking}
              loading={data.isFetching}
              pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
              onRow={(row) => ({
                onClick: () => view.update({ needArea: row.code, tab: province ? undefined : 'map' }),
                style: { cursor: 'pointer' },
              })}
              columns={[
                { title: t('needs.field.area'), dataIndex: 'name' },
                {
                  title: t('needs.map.needs'),
                  dataIndex: 'needs',
                  align: 'right',
                  width: 110,
                  render: (value: number) => formatCount(value, lang),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
