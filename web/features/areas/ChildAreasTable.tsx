import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { AREA_LEVEL_LABELS, type AreaLevel } from '../../../domain/areas/area-code.js';
import { useAreas } from '../../app/api/reference.js';
import type { Area } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { AreaLink } from './AreaLink.js';
import { ChildCountCell } from './ChildCountCell.js';
import { levelsBelow } from './levels.js';

const PAGE_SIZE = 50;

export interface ChildAreasTableProps {
  parentCode: string;
  childLevel: AreaLevel;
}

export function ChildAreasTable({ parentCode, childLevel }: ChildAreasTableProps) {
  const t = useT();
  const { lang } = useLang();
  const [page, setPage] = useState(1);
  const children = useAreas({ parent: parentCode, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const countColumns: TableColumnsType<Area> = levelsBelow(childLevel).map((level) => ({
    key: `count-${level}`,
    title: AREA_LEVEL_LABELS[level][lang],
    align: 'right',
    width: 120,
    render: (_value, area) => <ChildCountCell code={area.code} level={level} />,
  }));

  const columns: TableColumnsType<Area> = [
    { title: t('common.code'), dataIndex: 'code', width: 110 },
    {
      title: t('common.name'),
      dataIndex: 'nameTh',
      render: (_value, area) =>
        childLevel === 'village' ? area.nameTh : <AreaLink code={area.code}>{area.nameTh}</AreaLink>,
    },
    { title: t('common.nameEn'), dataIndex: 'nameEn', responsive: ['md'] },
    ...countColumns,
  ];

  return (
    <Table<Area>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={children.data?.items}
      loading={children.isFetching}
      scroll={{ x: 'max-content' }}
      data-testid="child-areas"
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: children.data?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        onChange: setPage,
        showTotal: (total) => t('common.total', { total }),
      }}
    />
  );
}
