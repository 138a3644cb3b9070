import type { ReactNode } from 'react';
import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { AuditEntry } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { AuditChanges } from './AuditChanges.js';
import { actionText, entityText } from './auditText.js';

export interface AuditTableProps {
  entries: AuditEntry[] | undefined;
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number) => void;
  /** Shown when there are no rows: why (filters or no data). */
  empty: ReactNode;
}

export function AuditTable(props: AuditTableProps) {
  const t = useT();
  const { lang } = useLang();
  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('audit.time'),
      dataIndex: 'occurredAt',
      width: 210,
      render: (value: string) => formatDate(value, lang, { style: 'numeric', withTime: true }),
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      // Reference-data seeds record themselves as 'system'.
      render: (name: string | null, entry) =>
        name === 'system' ? t('audit.systemActor') : (name ?? entry.actorUserId ?? t('audit.anonymous')),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_value, entry) =>
        `${entityText(entry.entityType, lang)} · ${entry.entityLabel ?? entry.entityId}`,
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (action: string) => actionText(action, lang),
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.entries}
      loading={props.loading}
      tableLayout="fixed"
      scroll={{ x: 760 }}
      locale={{ emptyText: props.empty }}
      data-testid="audit-table"
      expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} /> }}
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
