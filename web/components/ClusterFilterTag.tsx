import { Tag } from 'antd';
import { useClusterName } from '../app/api/reference.js';
import { useLang, useT } from '../app/i18n/index.js';

/** The cluster a list is narrowed to, closed to list the whole scope again. */
export function ClusterFilterTag({ clusterId, onClear }: { clusterId: number; onClear: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const name = useClusterName(clusterId, lang);
  return (
    <Tag closable onClose={onClear} data-testid="cluster-filter">
      {t('list.cluster', { name: name ?? String(clusterId) })}
    </Tag>
  );
}
