import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvidenceQuery, ProgressInput } from '../../../domain/results/results-input.js';
import type { ProjectResults } from '../../../domain/results/results-response.js';
import { apiFetch } from '../../app/api/client.js';

const resultsKey = (projectId: string) => ['results', 'project', projectId];

/** A project's progress reports with their evidence, and its output results. */
export function useProjectResults(projectId: string) {
  return useQuery({
    queryKey: resultsKey(projectId),
    queryFn: ({ signal }) => apiFetch<ProjectResults>(`/api/v1/results/projects/${projectId}`, { signal }),
  });
}

/** Records a quarter's progress, or replaces it with the version the form opened (If-Match). */
export function usePutProgress(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...body }: Omit<ProgressInput, 'version'> & { version?: number }) =>
      apiFetch<ProjectResults>(`/api/v1/results/projects/${projectId}/progress`, {
        method: 'PUT',
        body,
        ifMatch: version,
      }),
    onSuccess: (results) => client.setQueryData(resultsKey(projectId), results),
  });
}

/** Attaches a photo or PDF to a quarter's report; what the photo carries (Exif) wins over the query. */
export function useAttachEvidence(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, query }: { file: File; query: EvidenceQuery }) => {
      const formData = new FormData();
      formData.append('file', file);
      return apiFetch<ProjectResults>(`/api/v1/results/projects/${projectId}/evidence`, {
        method: 'POST',
        query,
        formData,
      });
    },
    onSuccess: (results) => client.setQueryData(resultsKey(projectId), results),
  });
}

export const evidenceHref = (projectId: string, evidenceId: string, thumbnail = false) =>
  `/api/v1/results/projects/${projectId}/result-files/${evidenceId}${thumbnail ? '/thumbnail' : ''}`;
