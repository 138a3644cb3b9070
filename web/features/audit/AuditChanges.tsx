import { Descriptions, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { AuditEntry } from '../../app/api/types.js';
import { useT } from '../../app/i18n/index.js';

export interface AuditChangesProps {
  entry: AuditEntry;
}

interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function display(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) {
    return value.join(', ');
  }
  return JSON.stringify(value);
}

/** The expanded row: each changed field as before → after, then the reason given. */
export function AuditChanges({ entry }: AuditChangesProps) {
  const t = useT();
  const rows: ChangeRow[] = Object.entries(entry.changes ?? {}).map(([field, [before, after]]) => ({
    field,
    before,
    after,
  }));
  const renderValue = (value: unknown) =>
    isEmpty(value) ? <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text> : display(value);

  const columns: TableColumnsType<ChangeRow> = [
    { title: t('audit.field'), dataIndex: 'field', width: 200 },
    { title: t('audit.before'), dataIndex: 'before', render: renderValue },
    { title: '', key: 'arrow', width: 32, render: () => '→' },
    { title: t('audit.after'), dataIndex: 'after', render: renderValue },
  ];

  return (
    <>
      {rows.length > 0 ? (
        <Table<ChangeRow>
          rowKey="field"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
        />
      ) : (
        <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
      )}
      {entry.reason && (
        <Descriptions
          size="small"
          style={{ marginTop: 12 }}
          items={[{ key: 'reason', label: t('audit.reason'), children: entry.reason }]}
        />
      )}
    </>
  );
}
