import { Alert, Card, Skeleton } from 'antd';
import { useT } from '../../app/i18n/index.js';
import { useProjectRuleResults } from './api.js';
import { RuleResultsList } from './RuleResultsList.js';

/** The rules panel a project form embeds: the project's rule results, evaluated on each read. */
export function RulesPanel({ projectId }: { projectId: string }) {
  const t = useT();
  const { data, isPending, isError } = useProjectRuleResults(projectId);
  return (
    <Card title={t('budget.rules.title')} size="small">
      {isPending ? <Skeleton active /> : null}
      {isError ? <Alert type="error" showIcon title={t('budget.rules.loadError')} /> : null}
      {data ? <RuleResultsList results={data} /> : null}
    </Card>
  );
}
