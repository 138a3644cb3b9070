import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { JobItem } from '../../app/api/types.js';
import { useLang, useT } from '../../app/i18n/index.js';

export interface FailedRowsTableProps {
  items: JobItem[];
  loading: boolean;
}

export function FailedRowsTable({ items, loading }: FailedRowsTableProps) {
  const t = useT();
  const { lang } = useLang();
  const failed = items.filter((item) => !item.ok);
  const columns: TableColumnsType<JobItem> = [
    { title: t('import.row'), dataIndex: 'itemNo', width: 90 },
    {
      title: t('common.code'),
      dataIndex: 'itemKey',
      width: 130,
      render: (key: string | null) => key ?? t('common.dash'),
    },
    {
      title: t('import.message'),
      key: 'messages',
      render: (_value, item) =>
        item.messages.map((message, index) => (
          <div key={index}>
            {message.field && <code>{message.field}: </code>}
            {message[lang]}
          </div>
        )),
    },
  ];
  return (
    <Table<JobItem>
      rowKey="itemNo"
      size="small"
      columns={columns}
      dataSource={failed}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      data-testid="import-failed-rows"
    />
  );
}
