import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiFetch, buildUrl } from '../../app/api/client.js';
import type { ProjectFilter, SimilarProjectsQuery } from '../../../domain/projects/project-query.js';
import type { Project, ProjectList } from '../../../domain/projects/project-response.js';
import type { SimilarProject } from '../../../domain/projects/project-response.js';
import type { Items } from '../../../domain/common/paging.js';
import type { ProjectMapData } from '../../../domain/projects/project-map.js';

const PAGE_SIZE = 50;

export const projectKeys = {
  all: ['projects'] as const,
  list: (filter: ProjectFilter) => ['projects', 'list', filter] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  similar: (query: SimilarProjectsQuery | null) => ['projects', 'similar', query] as const,
};

export const projectPath = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;

/** Where the browser downloads the filtered list as a re-importable xlsx. */
export function projectExportUrl(filter: ProjectFilter): string {
  return buildUrl('/api/v1/projects/export', { ...filter });
}

/** Where a readiness evidence file is downloaded. */
export function projectEvidenceUrl(projectId: string, fileId: string): string {
  return `${projectPath(projectId)}/evidence/${encodeURIComponent(fileId)}`;
}

/** The filtered list, one keyset page after another. */
export function useProjectPages(filter: ProjectFilter) {
  return useInfiniteQuery({
    queryKey: projectKeys.list(filter),
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

/** The whole record the form edits. */
export function useProject(id: string) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<Project>(projectPath(id), { signal }),
  });
}

/** Possible duplicates of the project being typed (null = not enough typed yet). */
export function useSimilarProjects(query: SimilarProjectsQuery | null) {
  return useQuery({
    queryKey: projectKeys.similar(query),
    queryFn: ({ signal }) =>
      apiFetch<Items<SimilarProject>>('/api/v1/projects/similar', { query: { ...query }, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** The filtered projects per province and, with a province chosen, per area point. */
export function useProjectMap(filter: ProjectFilter) {
  return useQuery({
    queryKey: ['projects', 'map', filter],
    queryFn: ({ signal }) =>
      apiFetch<ProjectMapData>('/api/v1/projects/map', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}
