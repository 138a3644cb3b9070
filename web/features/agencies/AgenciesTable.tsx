import type { ReactNode } from 'react';
import { Button, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { AGENCY_KIND_LABELS } from '../../../domain/agencies/agency.js';
import type { Agency } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';

export interface AgenciesTableProps {
  agencies: Agency[] | undefined;
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  canManage: boolean;
  onPageChange: (page: number) => void;
  onEdit: (agency: Agency) => void;
  /** Shown when there are no rows: why (search, filters or no data). */
  empty: ReactNode;
}

export function AgenciesTable(props: AgenciesTableProps) {
  const t = useT();
  const { lang } = useLang();
  const columns: TableColumnsType<Agency> = [
    {
      title: t('agencies.nameTh'),
      dataIndex: 'nameTh',
      render: (_value, agency) => (
        <>
          {lang === 'en' && agency.nameEn ? agency.nameEn : agency.nameTh}
          {agency.shortName && <span className="muted"> ({agency.shortName})</span>}
        </>
      ),
    },
    {
      title: t('agencies.kind'),
      dataIndex: 'kind',
      render: (_value, agency) => AGENCY_KIND_LABELS[agency.kind][lang],
    },
    { title: t('agencies.area'), dataIndex: 'areaCode', responsive: ['md'] },
    {
      title: t('common.status'),
      dataIndex: 'isActive',
      width: 140,
      render: (active: boolean) =>
        active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
    },
  ];
  if (props.canManage) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_value, agency) => (
        <Button size="small" onClick={() => props.onEdit(agency)}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <Table<Agency>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.agencies}
      loading={props.loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: props.empty }}
      data-testid="agencies-table"
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: false,
        onChange: props.onPageChange,
        showTotal: (total) => t('common.total', { total }),
      }}
    />
  );
}
