import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import type { RuleSetSummary } from '../../../domain/projects/rules/rule-set.js';
import { formatDate } from '../../components/formatDate.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useRuleSets } from './api.js';
import { RuleSetDrawer } from './RuleSetDrawer.js';

/** Rule sets of every fiscal year with their revisions; each opens in a drawer. */
export function RuleSetsTab() {
  const t = useT();
  const { lang } = useLang();
  const { data, isPending } = useRuleSets();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <Table<RuleSetSummary>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('budget.ruleSets.year'), dataIndex: 'fiscalYear' },
          { title: t('budget.ruleSets.revision'), dataIndex: 'revision' },
          { title: t('budget.ruleSets.label'), render: (_, set) => set.title[lang] },
          {
            title: t('budget.ruleSets.status'),
            render: (_, set) => (
              <Tag color={set.status === 'published' ? 'green' : 'gold'}>
                {t(`budget.ruleSets.status.${set.status}`)}
              </Tag>
            ),
          },
          { title: t('budget.ruleSets.rules'), dataIndex: 'ruleCount', align: 'right' },
          { title: t('budget.ruleSets.publishedAt'), render: (_, set) => formatDate(set.publishedAt, lang) },
          {
            title: '',
            render: (_, set) => (
              <Button
                size="small"
                onClick={() => setOpenId(set.id)}
                aria-label={`${t('budget.ruleSets.open')} ${set.fiscalYear}/${set.revision}`}
              >
                {t('budget.ruleSets.open')}
              </Button>
            ),
          },
        ]}
      />
      <RuleSetDrawer id={openId} onClose={() => setOpenId(null)} onOpen={setOpenId} />
    </>
  );
}
