import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { AuditEntry } from '../../app/api/types.js';
import { useLang, useT, type MessageKey } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { AuditChanges } from './AuditChanges.js';

const ACTION_KEYS: Record<string, MessageKey> = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  delete: 'audit.action.delete',
  close: 'audit.action.close',
  login: 'audit.action.login',
  login_failed: 'audit.action.login_failed',
  login_locked: 'audit.action.login_locked',
  unlock: 'audit.action.unlock',
  password_changed: 'audit.action.password_changed',
  screen: 'audit.action.screen',
  link: 'audit.action.link',
  forward: 'audit.action.forward',
  reject: 'audit.action.reject',
  reopen: 'audit.action.reopen',
  merge: 'audit.action.merge',
  merged_into: 'audit.action.merged_into',
  attach: 'audit.action.attach',
  detach: 'audit.action.detach',
  transition: 'audit.action.transition',
};

const ENTITY_KEYS: Record<string, MessageKey> = {
  user: 'audit.entity.user',
  agency: 'audit.entity.agency',
  area: 'audit.entity.area',
  need: 'audit.entity.need',
  plan: 'audit.entity.plan',
  plan_version: 'audit.entity.plan_version',
  plan_kpi: 'audit.entity.plan_kpi',
  plan_item: 'audit.entity.plan_item',
};

export interface AuditTableProps {
  entries: AuditEntry[] | undefined;
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number) => void;
}

export function AuditTable(props: AuditTableProps) {
  const t = useT();
  const { lang } = useLang();
  const actionLabel = (action: string) => {
    const key = ACTION_KEYS[action];
    return key ? t(key) : action;
  };

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
      render: (name: string | null, entry) => name ?? entry.actorUserId ?? t('audit.anonymous'),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_value, entry) => {
        const key = ENTITY_KEYS[entry.entityType];
        return `${key ? t(key) : entry.entityType} · ${entry.entityId}`;
      },
    },
    { title: t('audit.action'), dataIndex: 'action', render: actionLabel },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.entries}
      loading={props.loading}
      scroll={{ x: 'max-content' }}
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
