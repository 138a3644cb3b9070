import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch, buildUrl } from '../../app/api/client.js';
import type { ProjectFilter } from '../../../domain/projects/project-query.js';
import type { ProjectList } from '../../../domain/projects/project-response.js';

const PAGE_SIZE = 50;

/** Where the browser downloads the filtered list as a re-importable xlsx. */
export function projectExportUrl(filter: ProjectFilter): string {
  return buildUrl('/api/v1/projects/export', { ...filter });
}

/** The filtered list, one keyset page after another. */
export function useProjectPages(filter: ProjectFilter) {
  return useInfiniteQuery({
    queryKey: ['projects', 'list', filter],
    queryFn: ({ pageParam, signal }) =>
      apiFetch<ProjectList>('/api/v1/projects', {
        query: { ...filter, limit: PAGE_SIZE, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
