import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { areaKeys, fetchAreas } from '../../app/api/reference.js';
import type { Lang } from '../../app/i18n/index.js';
import { searchHitToNode, type AreaTreeNode } from './nodes.js';

const SEARCH_LIMIT = 30;

export function useAreaSearch(text: string, lang: Lang) {
  const params = { q: text, limit: SEARCH_LIMIT };
  const query = useQuery({
    queryKey: areaKeys.list(params),
    queryFn: ({ signal }) => fetchAreas(params, signal),
    enabled: text !== '',
  });
  const nodes = useMemo<AreaTreeNode[]>(
    () => (query.data?.items ?? []).map((area) => searchHitToNode(area, lang)),
    [lang, query.data],
  );
  return { nodes, loading: query.isFetching };
}
