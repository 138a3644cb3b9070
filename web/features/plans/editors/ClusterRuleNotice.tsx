import { Alert } from 'antd';
import { useLang, useT } from '../../../app/i18n/index.js';
import type { ItemNode } from '../../../../domain/plans/tree.js';

export interface ClusterRuleNoticeProps {
  item: ItemNode;
}

/** The cluster rule's verdict on a cluster-plan item, with its explanation (as last saved). */
export function ClusterRuleNotice({ item }: ClusterRuleNoticeProps) {
  const t = useT();
  const { lang } = useLang();
  if (!item.clusterRule.applies) {
    return null;
  }
  return (
    <Alert
      type={item.clusterRule.ok ? 'success' : 'warning'}
      showIcon
      title={t('plans.item.clusterRule')}
      description={item.clusterRule[lang]}
      style={{ marginBottom: 12 }}
      data-testid="plan-item-cluster-rule"
      data-ok={item.clusterRule.ok}
    />
  );
}
