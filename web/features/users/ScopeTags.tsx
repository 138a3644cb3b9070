import { Tag } from 'antd';
import { useClusters, useRegions } from '../../app/api/reference.js';
import { useLang, useT } from '../../app/i18n/index.js';
import { useAreaTitles } from '../../components/area-tree/useAreaTitles.js';
import { NATIONAL_SCOPE } from './useScopeNodes.js';

export interface ScopeTagsProps {
  scope: readonly string[];
}

export function ScopeTags({ scope }: ScopeTagsProps) {
  const t = useT();
  const { lang } = useLang();
  const clusters = useClusters();
  const regions = useRegions();
  const areaTitles = useAreaTitles(scope, lang);

  const label = (entry: string): string => {
    if (entry === NATIONAL_SCOPE) {
      return t('scope.national');
    }
    const [kind, id] = entry.split(':');
    const items =
      kind === 'cluster' ? clusters.data?.items : kind === 'region' ? regions.data?.items : undefined;
    const named = items?.find((item) => String(item.id) === id);
    if (named) {
      return lang === 'en' ? (named.nameEn ?? named.nameTh) : named.nameTh;
    }
    return areaTitles.get(entry) ?? entry;
  };

  return (
    <>
      {scope.map((entry) => (
        <Tag key={entry} color={entry === NATIONAL_SCOPE ? 'blue' : undefined}>
          {label(entry)}
        </Tag>
      ))}
    </>
  );
}
