import { App, Alert, Button, Drawer, Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Rule, RuleSet } from '../../../domain/projects/rules/rule-set.js';
import { useApiErrorHandler } from '../../app/api/useApiErrorHandler.js';
import { useCan } from '../../app/auth/hooks.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useRuleSet } from './api.js';
import { usePublishRuleSet, useReviseRuleSet, useSaveRuleSet } from './ruleSetMutations.js';

/** Reads the edited rules; null when the text is not JSON (the server checks the rest). */
function parseRules(text: string): Rule[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as Rule[]) : null;
  } catch {
    return null;
  }
}

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

/** One rule set: its rules; a draft can be edited as data and published, a published set revised. */
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
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const canConfigure = useCan('budget.configure');
  const { data: ruleSet, refetch } = useRuleSet(id);
  const save = useSaveRuleSet();
  const publish = usePublishRuleSet();
  const revise = useReviseRuleSet();
  const [text, setText] = useState('');
  useEffect(() => setText(ruleSet ? JSON.stringify(ruleSet.rules, null, 2) : ''), [ruleSet]);
  const rules = parseRules(text);
  const editable = canConfigure && ruleSet?.status === 'draft';

  const onSave = () => {
    if (!ruleSet || rules === null) {
      return;
    }
    const body = { title: ruleSet.title, note: ruleSet.note, rules };
    save.mutate(
      { id: ruleSet.id, version: ruleSet.version, body },
      {
        onSuccess: () => void message.success(t('budget.ruleSets.saved')),
        onError: (error) => onError(error, { onReload: () => void refetch() }),
      },
    );
  };
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
            <>
              <Typography.Text id="rule-set-json-label">{t('budget.ruleSets.editHint')}</Typography.Text>
              <Input.TextArea
                aria-labelledby="rule-set-json-label"
                value={text}
                onChange={(event) => setText(event.target.value)}
                autoSize={{ minRows: 12, maxRows: 30 }}
                className="rule-set-json"
                status={rules === null ? 'error' : undefined}
              />
              {rules === null ? (
                <Alert type="error" showIcon title={t('budget.ruleSets.invalidJson')} />
              ) : null}
              <Space>
                <Button type="primary" disabled={rules === null} loading={save.isPending} onClick={onSave}>
                  {t('budget.ruleSets.save')}
                </Button>
                <Button
                  loading={publish.isPending}
                  onClick={() =>
                    publish.mutate(
                      { id: ruleSet.id, version: ruleSet.version },
                      {
                        onSuccess: () => void message.success(t('budget.ruleSets.published')),
                        onError: (error) => onError(error),
                      },
                    )
                  }
                >
                  {t('budget.ruleSets.publish')}
                </Button>
              </Space>
            </>
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
