import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  AssetFilter,
  AssetTransitionInput,
  RegisterAssetsInput,
} from '../../../domain/assets/asset-input.js';
import type {
  Asset,
  AssetDetail,
  AssetList,
  AssetMap,
  AssetProposals,
} from '../../../domain/assets/asset-response.js';
import type { AssetBacklog, BACKLOG_KINDS } from '../../../domain/assets/checks.js';
import { apiFetch } from '../../app/api/client.js';

/** The register with the screen's filters, a keyset page at a time (totals are of the whole list). */
export function useAssetList(filter: AssetFilter) {
  return useInfiniteQuery({
    queryKey: ['assets', 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<AssetList>('/api/v1/assets', { query: { ...filter, limit: 50, cursor: pageParam }, signal }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The export route of the same filters. */
export function assetExportHref(filter: AssetFilter): string {
  const query = new URLSearchParams(
    Object.entries(filter).flatMap(([key, value]) =>
      value === undefined || value === '' ? [] : [[key, String(value)]],
    ),
  );
  return `/api/v1/assets/export?${query.toString()}`;
}

/** One asset with its dated history and checks. */
export function useAsset(id: string) {
  return useQuery({
    queryKey: ['assets', 'detail', id],
    queryFn: ({ signal }) => apiFetch<AssetDetail>(`/api/v1/assets/${id}`, { signal }),
  });
}

/** Moves an asset one step along the transfer (If-Match: the version the screen shows). */
export function useTransitionAsset(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...body }: AssetTransitionInput & { version: number }) =>
      apiFetch<AssetDetail>(`/api/v1/assets/${id}/transitions`, { method: 'POST', body, ifMatch: version }),
    onSuccess: (asset) => {
      client.setQueryData(['assets', 'detail', id], asset);
      void client.invalidateQueries({ queryKey: ['assets', 'list'] });
    },
  });
}

/** What a delivered project has registered and what its record still proposes. */
export function useAssetProposals(projectId: string) {
  return useQuery({
    queryKey: ['assets', 'proposals', projectId],
    queryFn: ({ signal }) =>
      apiFetch<AssetProposals>(`/api/v1/assets/projects/${projectId}/proposals`, { signal }),
  });
}

/** Registers the chosen proposals of a delivered project. */
export function useRegisterAssets(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterAssetsInput) =>
      apiFetch<{ items: Asset[] }>(`/api/v1/assets/projects/${projectId}`, { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['assets'] }),
  });
}

/** The filtered assets that have a position, for the map. */
export function useAssetMap(filter: AssetFilter, enabled: boolean) {
  return useQuery({
    queryKey: ['assets', 'map', filter],
    queryFn: ({ signal }) => apiFetch<AssetMap>('/api/v1/assets/map', { query: filter, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Overdue checks or assets not yet transferred, longest waiting first, a keyset page at a time. */
export function useAssetBacklog(kind: (typeof BACKLOG_KINDS)[number], provinceCode: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['assets', 'backlog', kind, provinceCode],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<AssetBacklog>('/api/v1/assets/backlog', {
        query: { kind, provinceCode, limit: 50, cursor: pageParam },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}
