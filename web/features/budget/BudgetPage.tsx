import { Tabs } from 'antd';
import { PageTitle } from '../../components/PageTitle.js';
import { useT } from '../../app/i18n/index.js';
import { RuleSetsTab } from './RuleSetsTab.js';

/** Budget: eligibility rule sets per fiscal year. */
export function BudgetPage() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('nav.budget')} />
      <Tabs items={[{ key: 'rules', label: t('budget.ruleSets.title'), children: <RuleSetsTab /> }]} />
    </>
  );
}
