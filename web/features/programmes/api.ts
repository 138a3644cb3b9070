import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportInput } from '../../../domain/programmes/programme-input.js';
import type {
  Programme,
  ProgrammeSummary,
  ProvinceProgress,
  Ranking,
  Report,
} from '../../../domain/programmes/responses.js';
import { apiFetch } from '../../app/api/client.js';
import type { DistrictTarget } from '../../../domain/programmes/district-targets.js';

export function useProgrammes() {
  return useQuery({
    queryKey: ['programmes', 'list'],
    queryFn: ({ signal }) => apiFetch<{ items: ProgrammeSummary[] }>('/api/v1/programmes', { signal }),
  });
}

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: ['programmes', id],
    enabled: id !== undefined,
    queryFn: ({ signal }) => apiFetch<Programme>(`/api/v1/programmes/${id}`, { signal }),
  });
}

export function useRanking(id: string | undefined) {
  return useQuery({
    queryKey: ['programmes', id, 'ranking'],
    enabled: id !== undefined,
    queryFn: ({ signal }) => apiFetch<Ranking>(`/api/v1/programmes/${id}/ranking`, { signal }),
  });
}

export function useDistrictTargets(id: string | undefined, provinceCode: string | null) {
  return useQuery({
    queryKey: ['programmes', id, 'district-targets', provinceCode],
    enabled: id !== undefined && provinceCode !== null,
    queryFn: ({ signal }) =>
      apiFetch<{ items: DistrictTarget[] }>(`/api/v1/programmes/${id}/district-targets`, {
        query: { provinceCode: provinceCode ?? undefined },
        signal,
      }),
  });
}

export function useProvinceProgress(id: string | undefined, provinceCode: string | null) {
  return useQuery({
    queryKey: ['programmes', id, 'province', provinceCode],
    enabled: id !== undefined && provinceCode !== null,
    queryFn: ({ signal }) =>
      apiFetch<ProvinceProgress>(`/api/v1/programmes/${id}/provinces/${provinceCode}`, { signal }),
  });
}

/** Saves a period's figures (If-Match when the period was reported before), then the photo if any. */
export function useSubmitReport(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, version, photo }: { input: ReportInput; version?: number; photo?: File }) => {
      const report = await apiFetch<Report>(`/api/v1/programmes/${programmeId}/reports`, {
        method: 'PUT',
        body: input,
        ifMatch: version,
      });
      if (!photo) {
        return report;
      }
      const formData = new FormData();
      formData.append('file', photo);
      return apiFetch<Report>(`/api/v1/programme-reports/${report.id}/photos`, { method: 'POST', formData });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['programmes', programmeId] }),
  });
}
