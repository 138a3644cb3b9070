import { Alert, Button, Drawer, Space, Table, Tag, Typography } from 'antd';
import type { Rule, RuleSet } from '../../../domain/projects/rules/rule-set.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useRuleSet } from './api.js';
import { useReviseRuleSet } from './ruleSetMutations.js';
import { RuleSetForm } from './RuleSetForm.js';

function RulesTable({ ruleSet }: { ruleSet: RuleSet }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Table<Rule>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={ruleSet.rules}
      columns={[
        { title: t('budget.ruleSets.key'), dataIndex: 'key' },
        { title: t('budget.ruleSets.label'), render: (_, rule) => rule.label[lang] },
        {
          title: t('budget.ruleSets.severity'),
          render: (_, rule) => t(`budget.rules.severity.${rule.severity}`),
        },
        {
          title: t('budget.rules.citation'),
          render: (_, rule) => (
            <>
              {rule.citation.source}
              {rule.citation.verified ? null : (
                <Tag className="rule-unverified">{t('budget.rules.unverified')}</Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

/** One rule set: its rules; a draft is edited in a form and published, a published set revised. */
export function RuleSetDrawer({
  id,
  onClose,
  onOpen,
}: {
  id: string | null;
  onClose: () => void;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const onError = useApiErrorHandler();
  const canConfigure = useCan('budget.configure');
  const { data: ruleSet, refetch } = useRuleSet(id);
  const revise = useReviseRuleSet();
  const editable = canConfigure && ruleSet?.status === 'draft';

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={ruleSet ? `${ruleSet.title[lang]} (${t('budget.ruleSets.revision')} ${ruleSet.revision})` : ''}
    >
      {ruleSet ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Tag color={ruleSet.status === 'published' ? 'green' : 'gold'}>
            {t(`budget.ruleSets.status.${ruleSet.status}`)}
          </Tag>
          {ruleSet.note ? <Typography.Paragraph>{ruleSet.note}</Typography.Paragraph> : null}
          <RulesTable ruleSet={ruleSet} />
          {ruleSet.status === 'published' && canConfigure ? (
            <>
              <Alert type="info" showIcon title={t('budget.ruleSets.immutable')} />
              <Button
                loading={revise.isPending}
                onClick={() =>
                  revise.mutate(ruleSet.id, {
                    onSuccess: (created) => onOpen(created.id),
                    onError: (error) => onError(error),
                  })
                }
              >
                {t('budget.ruleSets.revise')}
              </Button>
            </>
          ) : null}
          {editable ? (
            <RuleSetForm key={ruleSet.version} ruleSet={ruleSet} onReload={() => void refetch()} />
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
