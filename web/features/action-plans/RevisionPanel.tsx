import { App, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ActionPlanDetail } from '../../../domain/action-plans/responses.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useT } from '../../app/i18n/index.js';
import { useChangeReason } from './api.js';

type DiffRow = NonNullable<ActionPlanDetail['diff']>['entries'][number];

/** What a revision (ปรับแผน) changed against the approved version, each change with its reason. */
export function RevisionPanel({ board }: { board: ActionPlanDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const save = useChangeReason(board.plan.id);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  if (!board.diff) {
    return null;
  }
  const editable = board.canEdit;
  return (
    <Card
      size="small"
      title={t('actionPlans.revisionDiff', { reason: board.plan.revisionReason ?? '' })}
      extra={
        <Typography.Text type={board.diff.unexplained > 0 ? 'danger' : 'success'}>
          {t('actionPlans.unexplained', { count: board.diff.unexplained })}
        </Typography.Text>
      }
      data-testid="revision-diff"
    >
      <Table<DiffRow>
        rowKey="stableKey"
        size="small"
        pagination={false}
        dataSource={board.diff.entries}
        columns={[
          {
            title: t('actionPlans.change'),
            dataIndex: 'kind',
            render: (kind: string) => (
              <Tag>{t(`actionPlans.kind.${kind as 'added' | 'removed' | 'changed'}`)}</Tag>
            ),
          },
          { title: t('actionPlans.project'), render: (_v, row) => `${row.projectCode} ${row.title}` },
          {
            title: t('actionPlans.fields'),
            render: (_v, row) =>
              row.fields
                .map((field) => `${field.field}: ${String(field.before)} → ${String(field.after)}`)
                .join('; '),
          },
          {
            title: t('actionPlans.reason'),
            render: (_v, row) =>
              editable ? (
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    aria-label={t('actionPlans.reasonFor', { code: row.projectCode })}
                    defaultValue={row.reason ?? ''}
                    onChange={(event) => setDrafts({ ...drafts, [row.stableKey]: event.target.value })}
                  />
                  <Button
                    onClick={() =>
                      save.mutate(
                        { stableKey: row.stableKey, reason: drafts[row.stableKey] ?? row.reason ?? '' },
                        {
                          onSuccess: () => void message.success(t('actionPlans.saved')),
                          onError: (error) => handleApiError(error),
                        },
                      )
                    }
                  >
                    {t('actionPlans.save')}
                  </Button>
                </Space.Compact>
              ) : (
                (row.reason ?? t('common.dash'))
              ),
          },
        ]}
      />
    </Card>
  );
}
