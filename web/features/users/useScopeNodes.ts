import { useMemo } from 'react';
import { useClusters, useRegions } from '../../app/api/reference.js';
import { useLang, useT } from '../../app/i18n/index.js';
import type { AreaTreeNode } from '../../components/AreaTreeSelect.js';

export const NATIONAL_SCOPE = 'national';

/** Scope choices that are not DOPA areas: national, regions and provincial clusters. */
export function useScopeNodes(): AreaTreeNode[] {
  const t = useT();
  const { lang } = useLang();
  const clusters = useClusters();
  const regions = useRegions();

  return useMemo(() => {
    const name = (item: { nameTh: string; nameEn: string | null }) =>
      lang === 'en' ? (item.nameEn ?? item.nameTh) : item.nameTh;
    const group = (id: string, title: string): AreaTreeNode => ({
      id,
      pId: null,
      value: id,
      title,
      isLeaf: false,
      selectable: false,
    });
    const nodes: AreaTreeNode[] = [
      { id: NATIONAL_SCOPE, pId: null, value: NATIONAL_SCOPE, title: t('scope.national'), isLeaf: true },
    ];
    const regionItems = regions.data?.items ?? [];
    if (regionItems.length > 0) {
      nodes.push(group('group:regions', t('scope.regions')));
      for (const region of regionItems) {
        const value = `region:${region.id}`;
        nodes.push({ id: value, pId: 'group:regions', value, title: name(region), isLeaf: true });
      }
    }
    const clusterItems = clusters.data?.items ?? [];
    if (clusterItems.length > 0) {
      nodes.push(group('group:clusters', t('scope.clusters')));
      for (const cluster of clusterItems) {
        const value = `cluster:${cluster.id}`;
        nodes.push({ id: value, pId: 'group:clusters', value, title: name(cluster), isLeaf: true });
      }
    }
    return nodes;
  }, [clusters.data, lang, regions.data, t]);
}
