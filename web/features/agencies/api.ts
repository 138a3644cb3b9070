import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Agency, AgencyInput, AgencyListQuery } from '../../../domain/agencies/agency.js';
import type { Page } from '../../../domain/common/paging.js';
import { apiFetch } from '../../app/api/client.js';

export const agencyKeys = {
  all: ['agencies'] as const,
  list: (params: AgencyListQuery) => ['agencies', 'list', params] as const,
  detail: (id: string) => ['agencies', 'detail', id] as const,
};

export function fetchAgencies(params: AgencyListQuery, signal?: AbortSignal): Promise<Page<Agency>> {
  return apiFetch<Page<Agency>>('/api/v1/agencies', { query: { ...params }, signal });
}

export function useAgencies(params: AgencyListQuery, enabled = true) {
  return useQuery({
    queryKey: agencyKeys.list(params),
    queryFn: ({ signal }) => fetchAgencies(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One agency by id, for labelling a stored parent/agency id that is not in the current list. */
export function useAgency(id: string | null | undefined) {
  return useQuery({
    queryKey: agencyKeys.detail(id ?? ''),
    queryFn: ({ signal }) => apiFetch<Agency>(`/api/v1/agencies/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export type AgencyBody = AgencyInput;

export interface SaveAgencyArgs {
  body: AgencyBody;
  /** Present when editing: the row being replaced and its version for If-Match. */
  existing?: Pick<Agency, 'id' | 'version'>;
}

export function useSaveAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, existing }: SaveAgencyArgs) =>
      existing
        ? apiFetch<Agency>(`/api/v1/agencies/${encodeURIComponent(existing.id)}`, {
            method: 'PATCH',
            body,
            ifMatch: existing.version,
          })
        : apiFetch<Agency>('/api/v1/agencies', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
  });
}
