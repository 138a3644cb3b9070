import { Alert, Col, Flex, Row, Segmented, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { AREA_LEVEL_LABELS } from '../../../domain/areas/area-code.js';
import type { NeedOrigin, NeedStatus } from '../../../domain/needs/need.js';
import { useLang, useT, type MessageKey } from '../../app/i18n/index.js';
import { buildUrl } from '../../app/api/client.js';
import { EChart } from '../../components/EChart.js';
import { ExportButton } from '../../components/ExportButton.js';
import { useNeedRollups } from './api.js';
import { formatCount } from './labels.js';
import { NeedFilters } from './NeedFilters.js';
import { buildRollupChartOption, type RollupMetric } from './rollupChartOption.js';
import { ROLLUP_GROUPS, type RollupLevel } from '../../../domain/needs/need-query.js';
import type { RollupRow } from '../../../domain/needs/need-reports.js';
import type { NeedsView } from './useNeedsSearch.js';

export interface NeedsRollupTabProps {
  view: NeedsView;
}

const GROUP_LABELS: Record<(typeof ROLLUP_GROUPS)[number], MessageKey> = {
  area: 'needs.rollup.byArea',
  dimension: 'needs.rollup.byDimension',
  origin: 'needs.rollup.byOrigin',
  status: 'needs.rollup.byStatus',
};
const METRIC_LABELS: Record<RollupMetric, MessageKey> = {
  needs: 'needs.map.needs',
  households: 'needs.field.households',
  people: 'needs.field.people',
};
const LEVELS: RollupLevel[] = ['province', 'district', 'subdistrict'];
const CHART_ROWS = 25;

/** Needs summed by area level, dimension, origin or status; a row opens the matching list. */
export function NeedsRollupTab({ view }: NeedsRollupTabProps) {
  const t = useT();
  const { lang } = useLang();
  const groupBy = view.search.group ?? 'area';
  const [level, setLevel] = useState<RollupLevel | undefined>();
  const [metric, setMetric] = useState<RollupMetric>('needs');
  const query = {
    groupBy,
    areaCode: view.filter.areaCode,
    clusterId: view.filter.clusterId,
    level: groupBy === 'area' ? level : undefined,
    fiscalYear: view.filter.fiscalYear,
  };
  const rollup = useNeedRollups(query);
  const rows = useMemo(() => rollup.data?.items ?? [], [rollup.data]);
  const labelOf = (row: RollupRow) => (lang === 'en' ? (row.labelEn ?? row.labelTh) : row.labelTh) ?? row.key;
  const total = rows.reduce((sum, row) => sum + row[metric], 0);

  const chartRows = [...rows]
    .sort((a, b) => b[metric] - a[metric])
    .slice(0, CHART_ROWS)
    .map((row) => ({ label: labelOf(row), value: row[metric] }));
  const option = buildRollupChartOption(chartRows, t(METRIC_LABELS[metric]), lang);

  const handleOpen = (row: RollupRow) => {
    if (groupBy === 'area') {
      view.update({ needArea: row.key, group: 'area' });
      setLevel(undefined);
      return;
    }
    const patch =
      groupBy === 'status'
        ? { status: row.key as NeedStatus }
        : groupBy === 'origin'
          ? { origin: row.key as NeedOrigin }
          : { dimension: Number(row.key) };
    view.update({ ...patch, tab: undefined, group: undefined });
  };

  const count = (value: number) => formatCount(value, lang);
  const columns: TableColumnsType<RollupRow> = [
    {
      title: t(GROUP_LABELS[groupBy]),
      key: 'label',
      render: (_value, row) => <a onClick={() => handleOpen(row)}>{labelOf(row)}</a>,
    },
    {
      title: t('needs.map.needs'),
      dataIndex: 'needs',
      align: 'right',
      render: count,
      sorter: (a, b) => a.needs - b.needs,
    },
    {
      title: t('needs.field.households'),
      dataIndex: 'households',
      align: 'right',
      render: count,
      sorter: (a, b) => a.households - b.households,
    },
    {
      title: t('needs.field.people'),
      dataIndex: 'people',
      align: 'right',
      render: count,
      sorter: (a, b) => a.people - b.people,
    },
    {
      title: t('needs.rollup.share'),
      key: 'share',
      align: 'right',
      render: (_value, row) =>
        total > 0 ? `${((row[metric] / total) * 100).toFixed(1)}%` : t('common.dash'),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <NeedFilters view={view} compact />
      <Flex wrap gap={8} align="center">
        <Segmented
          value={groupBy}
          onChange={(value) => view.update({ group: value === 'area' ? undefined : value })}
          options={ROLLUP_GROUPS.map((value) => ({ value, label: t(GROUP_LABELS[value]) }))}
          data-testid="need-rollup-group"
        />
        {groupBy === 'area' && (
          <Select<RollupLevel | undefined>
            value={level ?? rollup.data?.level ?? undefined}
            onChange={setLevel}
            options={LEVELS.map((value) => ({ value, label: AREA_LEVEL_LABELS[value][lang] }))}
            style={{ minWidth: 140 }}
            aria-label={t('common.level')}
          />
        )}
        <Segmented<RollupMetric>
          value={metric}
          onChange={setMetric}
          options={(['needs', 'households', 'people'] as const).map((value) => ({
            value,
            label: t(METRIC_LABELS[value]),
          }))}
        />
        <ExportButton href={buildUrl('/api/v1/needs/rollups/export', query)} testId="need-rollup-export" />
      </Flex>
      {rollup.isError && <Alert type="error" showIcon title={t('needs.loadError')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={12}>
          {chartRows.length > 0 ? (
            <EChart
              option={option}
              style={{ width: '100%', height: Math.max(220, chartRows.length * 28 + 40) }}
              testId="need-rollup-chart"
            />
          ) : (
            <Typography.Text type="secondary">{t('common.notFound')}</Typography.Text>
          )}
        </Col>
        <Col xs={24} xxl={12}>
          <Table<RollupRow>
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={rollup.isFetching}
            pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
            data-testid="need-rollup-table"
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('needs.rollup.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {count(rows.reduce((sum, row) => sum + row.needs, 0))}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {count(rows.reduce((sum, row) => sum + row.households, 0))}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {count(rows.reduce((sum, row) => sum + row.people, 0))}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} />
              </Table.Summary.Row>
            )}
          />
        </Col>
      </Row>
    </Space>
  );
}
