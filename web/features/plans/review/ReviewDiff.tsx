import { Alert, Button, Empty, Flex, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import type { DiffEntry } from '../../../../domain/plans/diff-schema.js';
import { PARENT_TYPE } from '../../../../domain/plans/diff-fields.js';
import { flattenTree } from '../../../../domain/plans/flatten.js';
import { useLang, useT } from '../../../app/i18n/index.js';
import { apiErrorText } from '../../../components/apiErrorText.js';
import { testIdProps } from '../../../components/testIdProps.js';
import { usePlan, useVersionDiff } from '../api.js';
import { versionLabel } from '../labels.js';
import type { NodeKind } from '../node-mutations.js';
import { nodeKey } from '../tree/treeIndex.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';
import { usePlanView } from '../usePlanView.js';
import { ChangeReasonField } from './ChangeReasonField.js';
import { DiffDetails } from './DiffDetails.js';
import { DiffSummary } from './DiffSummary.js';
import { ENTITY_LABELS, KIND_LABELS } from './diffLabels.js';

export interface ReviewDiffProps {
  tree: VersionTree;
}

/** A review against the version it was copied from: every change, before → after, and its reason. */
export function ReviewDiff({ tree }: ReviewDiffProps) {
  const t = useT();
  const { lang } = useLang();
  const diff = useVersionDiff(tree.version.id, true);
  const plan = usePlan(tree.plan.id);
  const { update } = usePlanView();
  const flat = useMemo(() => flattenTree(tree), [tree]);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const canEdit = tree.canEdit;

  if (diff.isPending) {
    return <Spin />;
  }
  if (diff.isError) {
    return <Alert type="error" showIcon title={apiErrorText(diff.error, lang, t('error.network'))} />;
  }
  const entries = diff.data.entries.filter((entry) => !onlyOpen || (entry.needsReason && !entry.reason));
  const titleOf = (key: string) => diff.data.entries.find((entry) => entry.stableKey === key)?.title ?? '';
  const parentTitle = (entry: DiffEntry): string | null => {
    const parentType = entry.entityType === 'version' ? null : PARENT_TYPE[entry.entityType];
    if (!parentType || !entry.parentStableKey) {
      return null;
    }
    const parent = flat[parentType].get(entry.parentStableKey)?.node;
    const title = parent ? ('name' in parent ? parent.name : parent.title) : titleOf(entry.parentStableKey);
    return title ? `${t(ENTITY_LABELS[parentType])} “${title}”` : null;
  };

  const columns: TableColumnsType<DiffEntry> = [
    {
      title: t('plans.diff.change'),
      key: 'kind',
      width: 150,
      render: (_value, entry) => (
        <Space orientation="vertical" size={2}>
          <Tag color={KIND_LABELS[entry.kind].color}>{t(KIND_LABELS[entry.kind].key)}</Tag>
          <Typography.Text type="secondary">{t(ENTITY_LABELS[entry.entityType])}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('plans.diff.what'),
      key: 'what',
      render: (_value, entry) => (
        <div className="diff-what">
          <Typography.Text strong>{entry.title}</Typography.Text>
          {parentTitle(entry) && (
            <div>
              <Typography.Text type="secondary">
                {t('plans.diff.under', { parent: parentTitle(entry) ?? '' })}
              </Typography.Text>
            </div>
          )}
          <DiffDetails entry={entry} />
          {entry.id && entry.entityType !== 'version' && (
            <Button
              size="small"
              type="link"
              style={{ paddingInline: 0 }}
              onClick={() =>
                update({ tab: undefined, node: nodeKey(entry.entityType as NodeKind, entry.id ?? '') })
              }
            >
              {t('plans.diff.open')}
            </Button>
          )}
        </div>
      ),
    },
    {
      title: t('plans.diff.reason'),
      key: 'reason',
      width: 320,
      render: (_value, entry) =>
        entry.needsReason ? (
          <ChangeReasonField versionId={tree.version.id} entry={entry} canEdit={canEdit} />
        ) : (
          <Typography.Text type="secondary">
            {t('plans.diff.coveredBy', {
              what: entry.coveredBy
                ? `${t(ENTITY_LABELS[entry.coveredBy.entityType])} “${titleOf(entry.coveredBy.stableKey)}”`
                : '',
            })}
          </Typography.Text>
        ),
    },
  ];

  const base = plan.data?.versions.find((version) => version.id === diff.data.againstVersionId);
  const baseLabel = base ? t('plans.diff.against', { base: versionLabel(base, t, lang) }) : '';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-diff">
      <Typography.Text type="secondary">{baseLabel}</Typography.Text>
      <DiffSummary diff={diff.data} />
      {diff.data.unexplained > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('plans.diff.unexplained', { count: diff.data.unexplained })}
          data-testid="plan-diff-unexplained"
        />
      ) : (
        diff.data.entries.length > 0 && <Alert type="success" showIcon title={t('plans.diff.allExplained')} />
      )}
      <Flex align="center" gap={8}>
        <Switch
          checked={onlyOpen}
          onChange={setOnlyOpen}
          size="small"
          aria-labelledby="plan-diff-only-open"
        />
        <Typography.Text id="plan-diff-only-open">{t('plans.diff.onlyOpen')}</Typography.Text>
      </Flex>
      {entries.length === 0 ? (
        <Empty description={t('plans.diff.none')} />
      ) : (
        <Table<DiffEntry>
          rowKey={(entry) => `${entry.entityType}:${entry.stableKey}`}
          size="middle"
          columns={columns}
          dataSource={entries}
          pagination={false}
          scroll={{ x: 900 }}
          onRow={() => testIdProps<HTMLAttributes<HTMLElement>>('plan-diff-row')}
        />
      )}
    </Space>
  );
}
