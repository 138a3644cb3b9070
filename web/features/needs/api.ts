import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch, buildUrl } from '../../app/api/client.js';
import type { Items } from '../../../domain/common/paging.js';
import type {
  NeedFilter,
  NeedListParams,
  NeedMapQuery,
  NeedRollupQuery,
  SimilarNeedsQuery,
} from '../../../domain/needs/need-query.js';
import type { NeedMapData, NeedRollup, SimilarNeed } from '../../../domain/needs/need-reports.js';
import type { NeedDetail, NeedDimension, NeedList } from '../../../domain/needs/need-response.js';

export const needKeys = {
  all: ['needs'] as const,
  list: (params: NeedListParams) => ['needs', 'list', params] as const,
  detail: (id: string) => ['needs', 'detail', id] as const,
  similar: (params: SimilarNeedsQuery) => ['needs', 'similar', params] as const,
  rollups: (params: NeedRollupQuery) => ['needs', 'rollups', params] as const,
  map: (params: NeedMapQuery) => ['needs', 'map', params] as const,
  dimensions: ['need-dimensions'] as const,
};

export const NEED_TEMPLATE_URL = '/api/v1/needs/import-template';

/** Where the browser downloads the filtered list as xlsx (same columns as the import template). */
export function needExportUrl(filter: NeedFilter): string {
  return buildUrl('/api/v1/needs/export', { ...filter });
}

export function needAttachmentUrl(needId: string, attachmentId: string): string {
  return `/api/v1/needs/${encodeURIComponent(needId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function fetchNeeds(params: NeedListParams, signal?: AbortSignal): Promise<NeedList> {
  return apiFetch<NeedList>('/api/v1/needs', { query: { ...params }, signal });
}

export function fetchNeed(id: string, signal?: AbortSignal): Promise<NeedDetail> {
  return apiFetch<NeedDetail>(`/api/v1/needs/${encodeURIComponent(id)}`, { signal });
}

export function useNeeds(params: NeedListParams, enabled = true) {
  return useQuery({
    queryKey: needKeys.list(params),
    queryFn: ({ signal }) => fetchNeeds(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useNeed(id: string | null | undefined) {
  return useQuery({
    queryKey: needKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchNeed(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function useNeedDimensions() {
  return useQuery({
    queryKey: needKeys.dimensions,
    queryFn: ({ signal }) => apiFetch<Items<NeedDimension>>('/api/v1/need-dimensions', { signal }),
    staleTime: 10 * 60_000,
  });
}

/** Possible duplicates of what is being typed; off until there is a title and an area. */
export function useSimilarNeeds(params: SimilarNeedsQuery | null) {
  return useQuery({
    queryKey: needKeys.similar(params ?? { title: '', areaCode: '' }),
    queryFn: ({ signal }) =>
      apiFetch<Items<SimilarNeed>>('/api/v1/needs/similar', { query: { ...params }, signal }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useNeedRollups(params: NeedRollupQuery) {
  return useQuery({
    queryKey: needKeys.rollups(params),
    queryFn: ({ signal }) => apiFetch<NeedRollup>('/api/v1/needs/rollups', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Needs per province (of a cluster's members, when given), and per subdistrict point when a province is given. */
export function useNeedMap(params: NeedMapQuery) {
  return useQuery({
    queryKey: needKeys.map(params),
    queryFn: ({ signal }) => apiFetch<NeedMapData>('/api/v1/needs/map', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}
