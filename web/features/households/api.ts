import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  HelpInput,
  HouseholdFilter,
  PersonalExportInput,
  ProposalInput,
  RetentionInput,
  SubjectAccessInput,
  VisitInput,
} from '../../../domain/households/household-input.js';
import type {
  ClearMember,
  HouseholdCounts,
  HouseholdDetail,
  HouseholdList,
  Proposal,
  RetentionSettings,
  SubjectAccessReport,
} from '../../../domain/households/household-response.js';
import type { HouseholdStatus } from '../../../domain/households/household.js';
import { apiBlob, apiFetch } from '../../app/api/client.js';
import type { Job } from '../../app/api/types.js';

/** Cases with the screen's filters, a keyset page at a time; members only masked. */
export function useHouseholdList(filter: HouseholdFilter) {
  return useInfiniteQuery({
    queryKey: ['households', 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<HouseholdList>('/api/v1/households', {
        query: { ...filter, limit: 50, cursor: pageParam },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: !!filter.provinceCode,
  });
}

/** The masked export of the same filters (no name, id number or address in it). */
export function householdExportHref(filter: HouseholdFilter): string {
  const query = new URLSearchParams(
    Object.entries(filter).flatMap(([key, value]) =>
      value === undefined || value === '' ? [] : [[key, String(value)]],
    ),
  );
  return `/api/v1/households/export?${query.toString()}`;
}

export function useHousehold(id: string) {
  return useQuery({
    queryKey: ['households', 'one', id],
    queryFn: ({ signal }) => apiFetch<HouseholdDetail>(`/api/v1/households/${id}`, { signal }),
  });
}

export function useHouseholdCounts(provinceCode: string | undefined) {
  return useQuery({
    queryKey: ['households', 'counts', provinceCode],
    queryFn: ({ signal }) =>
      apiFetch<HouseholdCounts>('/api/v1/household-counts', { query: { provinceCode }, signal }),
    enabled: !!provinceCode,
  });
}

/** Shows one member in clear after a reason; the server writes the reason to the audit trail. */
export function useUnmask() {
  return useMutation({
    mutationFn: ({ memberId, reason }: { memberId: string; reason: string }) =>
      apiFetch<ClearMember>(`/api/v1/household-members/${memberId}/unmask`, {
        method: 'POST',
        body: { reason },
      }),
  });
}

/** Help, a visit or a status move on one case; the case is read again afterwards. */
export function useCaseWork(id: string) {
  const client = useQueryClient();
  const onSuccess = (detail: HouseholdDetail) => {
    client.setQueryData(['households', 'one', id], detail);
    void client.invalidateQueries({ queryKey: ['households', 'list'] });
  };
  return {
    help: useMutation({
      mutationFn: (body: HelpInput) =>
        apiFetch<HouseholdDetail>(`/api/v1/households/${id}/help`, { method: 'POST', body }),
      onSuccess,
    }),
    visit: useMutation({
      mutationFn: (body: VisitInput) =>
        apiFetch<HouseholdDetail>(`/api/v1/households/${id}/visits`, { method: 'POST', body }),
      onSuccess,
    }),
    move: useMutation({
      mutationFn: (body: { status: HouseholdStatus; on: string; reason?: string; version: number }) => {
        const { version, ...rest } = body;
        return apiFetch<HouseholdDetail>(`/api/v1/households/${id}/status`, {
          method: 'POST',
          body: rest,
          ifMatch: version,
        });
      },
      onSuccess,
    }),
  };
}

export function useProposeNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposalInput) =>
      apiFetch<Proposal>('/api/v1/household-counts/proposals', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['households', 'counts'] }),
  });
}

/** Members in clear for the right holder, after a reason the server writes to the audit trail. */
export function usePersonalExport() {
  return useMutation({
    mutationFn: (body: PersonalExportInput) =>
      apiBlob('/api/v1/households/export-personal', { method: 'POST', body }),
  });
}

/** Everything held on one person, found by id number; the request and its reason are audited. */
export function useSubjectAccess() {
  return useMutation({
    mutationFn: (body: SubjectAccessInput) =>
      apiFetch<SubjectAccessReport>('/api/v1/households/subject-access', { method: 'POST', body }),
  });
}

const SETTINGS_KEY = ['households', 'settings'] as const;

export function useRetention() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => apiFetch<RetentionSettings>('/api/v1/household-settings', { signal }),
  });
}

/** A new retention period (administrators); the server starts the purge that applies it. */
export function useRetentionChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RetentionInput) =>
      apiFetch<{ settings: RetentionSettings; job: Job }>('/api/v1/household-settings', {
        method: 'PUT',
        body,
      }),
    onSuccess: ({ settings }) => client.setQueryData(SETTINGS_KEY, settings),
  });
}

export function usePurgeNow() {
  return useMutation({
    mutationFn: () => apiFetch<{ job: Job }>('/api/v1/household-settings/purge', { method: 'POST' }),
  });
}
