import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { areaKeys, fetchAreas } from '../../app/api/reference.js';
import type { Area } from '../../app/api/types.js';
import type { Lang } from '../../app/i18n/index.js';
import { AREA_PAGE_LIMIT, areaToNode, type AreaTreeNode } from './nodes.js';

const PROVINCES = { level: 'province', limit: AREA_PAGE_LIMIT } as const;
const TEN_MINUTES = 10 * 60_000;

/** Provinces up front; deeper levels fetched when a node is expanded. */
export function useAreaTreeNodes(lang: Lang) {
  const queryClient = useQueryClient();
  const provinces = useQuery({
    queryKey: areaKeys.list(PROVINCES),
    queryFn: ({ signal }) => fetchAreas(PROVINCES, signal),
    staleTime: TEN_MINUTES,
  });
  const [childrenByParent, setChildrenByParent] = useState<Record<string, Area[]>>({});

  const loadChildren = useCallback(
    async (parent: string) => {
      const params = { parent, limit: AREA_PAGE_LIMIT };
      const page = await queryClient.fetchQuery({
        queryKey: areaKeys.list(params),
        queryFn: ({ signal }) => fetchAreas(params, signal),
        staleTime: TEN_MINUTES,
      });
      setChildrenByParent((previous) => ({ ...previous, [parent]: page.items }));
    },
    [queryClient],
  );

  const nodes = useMemo<AreaTreeNode[]>(() => {
    const areas = [...(provinces.data?.items ?? []), ...Object.values(childrenByParent).flat()];
    return areas.map((area) => areaToNode(area, lang));
  }, [childrenByParent, lang, provinces.data]);

  return { nodes, loadChildren, loading: provinces.isPending };
}
