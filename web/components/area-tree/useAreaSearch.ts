import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { areaKeys, fetchAreas } from '../../app/api/reference.js';
import type { Lang } from '../../app/i18n/index.js';
import { ancestorCodes, searchHitToNode, type AreaTreeNode } from './nodes.js';
import { useAreaTitles } from './useAreaTitles.js';

const SEARCH_LIMIT = 30;

export function useAreaSearch(text: string, lang: Lang) {
  const params = { q: text, limit: SEARCH_LIMIT };
  const query = useQuery({
    queryKey: areaKeys.list(params),
    queryFn: ({ signal }) => fetchAreas(params, signal),
    enabled: text !== '',
  });
  const items = query.data?.items;
  const ancestors = useMemo(() => [...new Set((items ?? []).flatMap(ancestorCodes))], [items]);
  const names = useAreaTitles(ancestors, lang);
  const nodes = useMemo<AreaTreeNode[]>(
    () => (items ?? []).map((area) => searchHitToNode(area, lang, names)),
    [items, lang, names],
  );
  return { nodes, loading: query.isFetching };
}
