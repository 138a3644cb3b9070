import type { ReactNode } from 'react';
import { Button, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { ROLE_LABELS } from '../../../domain/auth/roles.js';
import type { User } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { formatDate } from '../../components/formatDate.js';
import { ScopeTags } from './ScopeTags.js';

export interface UsersTableProps {
  users: User[] | undefined;
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number) => void;
  onEdit: (user: User) => void;
  /** Shown when there are no rows: why (search or no data). */
  empty: ReactNode;
}

export function UsersTable(props: UsersTableProps) {
  const t = useT();
  const { lang } = useLang();
  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username' },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (_value, user) => user.roles.map((role) => <Tag key={role}>{ROLE_LABELS[role][lang]}</Tag>),
    },
    {
      title: t('users.viewScope'),
      dataIndex: 'viewScope',
      responsive: ['lg'],
      render: (_value, user) => <ScopeTags scope={user.viewScope} />,
    },
    {
      title: t('common.status'),
      dataIndex: 'isActive',
      render: (active: boolean) =>
        active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      responsive: ['md'],
      render: (value: string | null) =>
        formatDate(value, lang, { style: 'short', withTime: true }) || t('users.never'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_value, user) => (
        <Button size="small" onClick={() => props.onEdit(user)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.users}
      loading={props.loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: props.empty }}
      data-testid="users-table"
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
