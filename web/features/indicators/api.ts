import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Indicator } from '../../../domain/indicators/catalogue.js';
import type { CitationInput, Evidence } from '../../../domain/indicators/evidence.js';
import type { AreaFigures, BlindSpots, Shortfall } from '../../../domain/indicators/figures.js';
import { apiFetch, buildUrl } from '../../app/api/client.js';
import type { Job } from '../../app/api/types.js';

export const INDICATOR_TEMPLATE_URL = '/api/v1/indicator-imports/template';

export function useIndicators() {
  return useQuery({
    queryKey: ['indicators', 'catalogue'],
    queryFn: ({ signal }) => apiFetch<{ items: Indicator[] }>('/api/v1/indicators', { signal }),
  });
}

export function useAreaFigures(indicatorId: string | undefined, year: number, parent: string) {
  return useQuery({
    queryKey: ['indicators', indicatorId, 'areas', year, parent],
    enabled: indicatorId !== undefined,
    queryFn: ({ signal }) =>
      apiFetch<AreaFigures>(`/api/v1/indicators/${indicatorId}/areas`, { query: { year, parent }, signal }),
  });
}

/** The same table as a workbook: indicator, year and parent area as on the screen. */
export const areaFiguresExportHref = (indicatorId: string, year: number, parent: string) =>
  buildUrl(`/api/v1/indicators/${indicatorId}/areas/export`, { year, parent });

export function useUploadIndicatorFile() {
  return useMutation({
    mutationFn: (file: File) => {
      const formData = new FormData();
      formData.append('file', file, file.name);
      return apiFetch<{ job: Job }>('/api/v1/indicator-imports', { method: 'POST', formData });
    },
  });
}

export function useShortfalls(provinceCode: string | null, year: number) {
  return useQuery({
    queryKey: ['indicators', 'shortfalls', provinceCode, year],
    enabled: provinceCode !== null,
    queryFn: ({ signal }) =>
      apiFetch<{ items: Shortfall[]; nextCursor: string | null }>('/api/v1/indicator-shortfalls', {
        query: { provinceCode, year, limit: 200 },
        signal,
      }),
  });
}

export function useBlindSpots(provinceCode: string | null, year: number) {
  return useQuery({
    queryKey: ['indicators', 'blind-spots', provinceCode, year],
    enabled: provinceCode !== null,
    queryFn: ({ signal }) =>
      apiFetch<BlindSpots>('/api/v1/indicator-blind-spots', { query: { provinceCode, year }, signal }),
  });
}

export function useSuggestions(areaCode: string | undefined) {
  return useQuery({
    queryKey: ['indicators', 'suggestions', areaCode],
    enabled: areaCode !== undefined && /^(\d{2}|\d{4}|\d{6}|\d{8})$/.test(areaCode),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Shortfall[] }>('/api/v1/indicator-suggestions', { query: { areaCode }, signal }),
  });
}

export function useNeedEvidence(needId: string) {
  return useQuery({
    queryKey: ['indicators', 'need-evidence', needId],
    queryFn: ({ signal }) => apiFetch<{ items: Evidence[] }>(`/api/v1/needs/${needId}/evidence`, { signal }),
  });
}

export function useCiteOnNeed(needId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (citations: CitationInput[]) =>
      apiFetch<{ items: Evidence[] }>(`/api/v1/needs/${needId}/evidence`, {
        method: 'POST',
        body: { citations },
      }),
    onSuccess: (data) => queryClient.setQueryData(['indicators', 'need-evidence', needId], data),
  });
}
