import { Tabs } from 'antd';
import { PageTitle } from '../../components/PageTitle.js';
import { useT } from '../../app/i18n/index.js';
import { RuleSetsTab } from './RuleSetsTab.js';
import { StageSummaryTab } from './StageSummaryTab.js';

/** Budget: summaries by stage for the chosen year and area, and the eligibility rule sets. */
export function BudgetPage() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('nav.budget')} />
      <Tabs
        items={[
          { key: 'summary', label: t('budget.summary.title'), children: <StageSummaryTab /> },
          { key: 'rules', label: t('budget.ruleSets.title'), children: <RuleSetsTab /> },
        ]}
      />
    </>
  );
}
