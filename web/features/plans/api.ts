import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AlignmentScheme } from '../../../domain/alignment/alignment.js';
import type { PlanListQuery } from '../../../domain/plans/plan-query.js';
import { apiFetch } from '../../app/api/client.js';
import type { Page } from '../../../domain/common/paging.js';
import type {
  PlanDetail,
  PlanPage,
  VersionDiffResponse,
  VersionTree,
} from '../../../domain/plans/responses.js';
import type { AlignmentNode } from '../../../domain/alignment/alignment-node.js';

export const planKeys = {
  all: ['plans'] as const,
  list: (params: PlanListQuery) => ['plans', 'list', params] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  tree: (versionId: string) => ['plans', 'tree', versionId] as const,
  diff: (versionId: string) => ['plans', 'diff', versionId] as const,
};

export const alignmentKeys = {
  children: (scheme: AlignmentScheme, parentId: string | null) =>
    ['alignment', 'children', scheme, parentId ?? ''] as const,
  search: (q: string) => ['alignment', 'search', q] as const,
};

export const planPath = (id: string) => `/api/v1/plans/${encodeURIComponent(id)}`;
export const versionPath = (id: string) => `/api/v1/plan-versions/${encodeURIComponent(id)}`;

export function usePlans(params: PlanListQuery) {
  return useQuery({
    queryKey: planKeys.list(params),
    queryFn: ({ signal }) => apiFetch<PlanPage>('/api/v1/plans', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<PlanDetail>(planPath(id), { signal }),
  });
}

export function useVersionTree(versionId: string | undefined) {
  return useQuery({
    queryKey: planKeys.tree(versionId ?? ''),
    queryFn: ({ signal }) => apiFetch<VersionTree>(`${versionPath(versionId ?? '')}/tree`, { signal }),
    enabled: Boolean(versionId),
    placeholderData: keepPreviousData,
  });
}

export function useVersionDiff(versionId: string, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.diff(versionId),
    queryFn: ({ signal }) => apiFetch<VersionDiffResponse>(`${versionPath(versionId)}/diff`, { signal }),
    enabled,
  });
}

export function fetchAlignmentChildren(
  scheme: AlignmentScheme,
  parentId: string | null,
  signal?: AbortSignal,
): Promise<Page<AlignmentNode>> {
  return apiFetch<Page<AlignmentNode>>('/api/v1/alignment/nodes', {
    query: { scheme, parentId: parentId ?? undefined, limit: 500 },
    signal,
  });
}

export function useAlignmentChildren(scheme: AlignmentScheme, parentId: string | null, enabled = true) {
  return useQuery({
    queryKey: alignmentKeys.children(scheme, parentId),
    queryFn: ({ signal }) => fetchAlignmentChildren(scheme, parentId, signal),
    staleTime: 30 * 60_000,
    enabled,
  });
}

export function useAlignmentSearch(q: string) {
  return useQuery({
    queryKey: alignmentKeys.search(q),
    queryFn: ({ signal }) =>
      apiFetch<Page<AlignmentNode>>('/api/v1/alignment/nodes', { query: { q, limit: 50 }, signal }),
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
  });
}
