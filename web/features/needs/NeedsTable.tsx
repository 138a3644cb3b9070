import { Grid, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from '@tanstack/react-router';
import { NEED_ORIGIN_LABELS, type NeedStatus } from '../../../domain/needs/need.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useAreaTitles } from '../../components/area-tree/useAreaTitles.js';
import { useNeedDimensions } from './api.js';
import { dimensionName, formatCount } from './labels.js';
import { NeedStatusTag } from './NeedStatusTag.js';
import type { Need } from '../../../domain/needs/need-response.js';
import { fiscalYearText } from '../../../domain/thai/index.js';

export interface NeedsTableProps {
  needs: Need[] | undefined;
  total: number;
  /** False when `total` is the server's cap: there are more, so paging runs on past it. */
  totalExact: boolean;
  hasNext: boolean;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

export function NeedsTable(props: NeedsTableProps) {
  const t = useT();
  const { lang } = useLang();
  const screens = Grid.useBreakpoint();
  // The list carries Thai names; English ones come from the dimension list and the area records.
  const dimensions = useNeedDimensions();
  const dimensionNames = new Map(
    (dimensions.data?.items ?? []).map((dimension) => [dimension.id, dimensionName(dimension, lang)]),
  );
  const englishAreas = useAreaTitles(
    lang === 'en' ? [...new Set((props.needs ?? []).map((need) => need.areaCode))] : [],
    lang,
  );
  const areaLabel = (need: Need) => englishAreas.get(need.areaCode) ?? need.areaNameTh ?? need.areaCode;
  const dimensionLabel = (need: Need) => dimensionNames.get(need.dimensionId) ?? need.dimensionNameTh;
  // A phone gets one column: the title with its reference, area and status underneath.
  const phone = screens.sm === false;
  const phoneColumns: TableColumnsType<Need> = [
    {
      title: t('needs.field.title'),
      dataIndex: 'title',
      render: (title: string, need) => (
        <div>
          <Link to="/needs/$needId" params={{ needId: need.id }} data-testid={`need-link-${need.id}`}>
            {title}
          </Link>
          <Typography.Text type="secondary" className="needs-subline">
            {need.referenceNo} · {areaLabel(need)}
          </Typography.Text>
          <NeedStatusTag status={need.status} />
        </div>
      ),
    },
  ];
  const columns: TableColumnsType<Need> = [
    {
      title: t('needs.field.referenceNo'),
      dataIndex: 'referenceNo',
      width: 140,
      render: (referenceNo: string, need) => (
        <Link to="/needs/$needId" params={{ needId: need.id }} data-testid={`need-link-${need.id}`}>
          {referenceNo}
        </Link>
      ),
    },
    {
      title: t('needs.field.title'),
      dataIndex: 'title',
      render: (title: string, need) => (
        <div className="needs-title-cell">
          <Link to="/needs/$needId" params={{ needId: need.id }}>
            {title}
          </Link>
          <Typography.Text type="secondary" className="needs-subline">
            {NEED_ORIGIN_LABELS[need.origin][lang]}
            {dimensionLabel(need) ? ` · ${dimensionLabel(need)}` : ''}
            {` · ${fiscalYearText(need.fiscalYear, lang)}`}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('needs.field.area'),
      key: 'area',
      width: 140,
      responsive: ['md'],
      render: (_value, need) => areaLabel(need),
    },
    {
      title: t('needs.field.people'),
      dataIndex: 'people',
      width: 110,
      align: 'right',
      responsive: ['lg'],
      render: (people: number, need) => (
        <span title={t('needs.beneficiaries', { households: need.households, people })}>
          {formatCount(people, lang)}
        </span>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 150,
      render: (status: NeedStatus) => <NeedStatusTag status={status} />,
    },
  ];

  return (
    <Table<Need>
      rowKey="id"
      size="middle"
      columns={phone ? phoneColumns : columns}
      dataSource={props.needs}
      loading={props.loading}
      scroll={{ x: 'max-content' }}
      data-testid="needs-table"
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.hasNext ? Math.max(props.total, (props.page + 1) * props.pageSize) : props.total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        onChange: props.onPageChange,
        showTotal: (total) =>
          props.totalExact ? t('common.total', { total }) : t('needs.list.moreThan', { total: props.total }),
      }}
    />
  );
}
