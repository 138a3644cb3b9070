import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ResultsSummary } from '../../../domain/results/results-response.js';
import type { GoldenThread } from '../../../domain/results/thread.js';
import { apiFetch } from '../../app/api/client.js';

/** Progress and achievement per province for a quarter, from the server's roll-ups. */
export function useResultsSummary(fiscalYear: number, quarter: number) {
  return useQuery({
    queryKey: ['results', 'summary', fiscalYear, quarter],
    queryFn: ({ signal }) =>
      apiFetch<ResultsSummary>('/api/v1/results/summary', { query: { fiscalYear, quarter }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The golden thread from a project or from an asset. */
export function useGoldenThread(from: 'projects' | 'assets', id: string) {
  return useQuery({
    queryKey: ['results', 'thread', from, id],
    queryFn: ({ signal }) => apiFetch<GoldenThread>(`/api/v1/results/thread/${from}/${id}`, { signal }),
  });
}
