import { useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../app/api/client.js';
import type { Items, Job, JobItem } from '../../app/api/types.js';

export const TEMPLATE_URL = '/api/v1/areas/imports/template';
const POLL_MS = 500;

export function isFinished(job: Job | undefined): boolean {
  return job?.status === 'succeeded' || job?.status === 'failed';
}

export function useUploadVillages() {
  return useMutation({
    mutationFn: (file: File) => {
      const formData = new FormData();
      formData.append('file', file, file.name);
      return apiFetch<{ job: Job }>('/api/v1/areas/imports', { method: 'POST', formData });
    },
  });
}

/** Polls the job every 500 ms until it succeeds or fails. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: ({ signal }) => apiFetch<Job>(`/api/v1/jobs/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : POLL_MS),
    staleTime: 0,
  });
}

export function useJobItems(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['jobs', id, 'items'],
    queryFn: ({ signal }) =>
      apiFetch<Items<JobItem>>(`/api/v1/jobs/${encodeURIComponent(id ?? '')}/items`, { signal }),
    enabled: id !== null && enabled,
  });
}
