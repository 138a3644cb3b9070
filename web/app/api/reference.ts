import { useQuery } from '@tanstack/react-query';
import type { AreaListQuery } from '../../../domain/areas/area.js';
import type { Lang } from '../i18n/index.js';
import { apiFetch } from './client.js';
import type { Area, AreaDetail, Cluster, Items, Page, ProvinceStats, Region } from './types.js';

export const areaKeys = {
  all: ['areas'] as const,
  list: (params: AreaListQuery) => ['areas', 'list', params] as const,
  detail: (code: string) => ['areas', 'detail', code] as const,
  provinceStats: ['areas', 'stats', 'provinces'] as const,
};

export function fetchAreas(params: AreaListQuery, signal?: AbortSignal): Promise<Page<Area>> {
  return apiFetch<Page<Area>>('/api/v1/areas', { query: { ...params }, signal });
}

export function fetchArea(code: string, signal?: AbortSignal): Promise<AreaDetail> {
  return apiFetch<AreaDetail>(`/api/v1/areas/${encodeURIComponent(code)}`, { signal });
}

export function useAreas(params: AreaListQuery, enabled = true) {
  return useQuery({
    queryKey: areaKeys.list(params),
    queryFn: ({ signal }) => fetchAreas(params, signal),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useArea(code: string | null | undefined) {
  return useQuery({
    queryKey: areaKeys.detail(code ?? ''),
    queryFn: ({ signal }) => fetchArea(code ?? '', signal),
    enabled: Boolean(code),
    staleTime: 10 * 60_000,
  });
}

export function useProvinceStats() {
  return useQuery({
    queryKey: areaKeys.provinceStats,
    queryFn: ({ signal }) => apiFetch<Items<ProvinceStats>>('/api/v1/areas/stats/provinces', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useClusters() {
  return useQuery({
    queryKey: ['clusters'],
    queryFn: ({ signal }) => apiFetch<Items<Cluster>>('/api/v1/clusters', { signal }),
    staleTime: 30 * 60_000,
  });
}

/** A cluster's name in the page's language, once the clusters are loaded. */
export function useClusterName(clusterId: number | undefined, lang: Lang): string | null {
  const cluster = useClusters().data?.items.find((entry) => entry.id === clusterId);
  return cluster ? ((lang === 'en' ? cluster.nameEn : null) ?? cluster.nameTh) : null;
}

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: ({ signal }) => apiFetch<Items<Region>>('/api/v1/regions', { signal }),
    staleTime: 30 * 60_000,
  });
}
