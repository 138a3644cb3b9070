import { Tabs } from 'antd';
import { PageTitle } from '../../components/PageTitle.js';
import { useT } from '../../app/i18n/index.js';
import { ExplanationPackPanel } from './pack/ExplanationPackPanel.js';
import { RuleSetsTab } from './RuleSetsTab.js';
import { StageSummaryTab } from './StageSummaryTab.js';

/** Budget: summaries by stage for the chosen year and area, the eligibility rule sets and the explanation pack. */
export function BudgetPage() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('nav.budget')} />
      <Tabs
        items={[
          { key: 'summary', label: t('budget.summary.title'), children: <StageSummaryTab /> },
          { key: 'rules', label: t('budget.ruleSets.title'), children: <RuleSetsTab /> },
          { key: 'pack', label: t('pack.title'), children: <ExplanationPackPanel /> },
        ]}
      />
    </>
  );
}
