import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { LatestPhotoPreviewJob } from '../../../domain/results/photo-previews.js';
import type { OrphanCounts, OrphanKind, OrphanList } from '../../../domain/results/orphans.js';
import type { ResultsSummary } from '../../../domain/results/results-response.js';
import type { GoldenThread } from '../../../domain/results/thread.js';
import { apiFetch } from '../../app/api/client.js';
import type { Job } from '../../app/api/types.js';

/**
 * Progress and achievement per province for a quarter, from the server's roll-ups; of one province
 * or one cluster, with its projects whose report is missing.
 */
export function useResultsSummary(
  fiscalYear: number,
  quarter: number,
  unit: { provinceCode?: string; clusterId?: number } = {},
) {
  return useQuery({
    queryKey: ['results', 'summary', fiscalYear, quarter, unit.provinceCode, unit.clusterId],
    queryFn: ({ signal }) =>
      apiFetch<ResultsSummary>('/api/v1/results/summary', {
        query: { fiscalYear, quarter, ...unit },
        signal,
      }),
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

/** The orphans report in the reader's scope: the total and each province's counts. */
export function useOrphanCounts(fiscalYear: number) {
  return useQuery({
    queryKey: ['results', 'orphans', fiscalYear],
    queryFn: ({ signal }) =>
      apiFetch<OrphanCounts>('/api/v1/results/orphans', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One province's list of one kind, a keyset page at a time. */
export function useOrphanList(kind: OrphanKind, provinceCode: string, fiscalYear: number) {
  return useInfiniteQuery({
    queryKey: ['results', 'orphans', kind, provinceCode, fiscalYear],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<OrphanList>(`/api/v1/results/orphans/${kind}`, {
        query: { provinceCode, fiscalYear, limit: 50, cursor: pageParam },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The yearly results report of a province, as PDF or Excel. */
export const yearlyReportHref = (provinceCode: string, fiscalYear: number, format: 'pdf' | 'xlsx') =>
  `/api/v1/results/provinces/${provinceCode}/yearly-report${format === 'pdf' ? '/pdf' : ''}?fiscalYear=${fiscalYear}`;

/** Starts the job that makes the previews older photos lack (administrators). */
export function useStartPhotoPreviews() {
  return useMutation({
    mutationFn: () => apiFetch<{ job: Job }>('/api/v1/results/photo-previews', { method: 'POST' }),
  });
}

/** The photo preview job started last (administrators), so a reopened page shows its progress or report. */
export function useLatestPhotoPreviewJob() {
  return useQuery({
    queryKey: ['results', 'photo-previews', 'latest'],
    queryFn: ({ signal }) =>
      apiFetch<LatestPhotoPreviewJob>('/api/v1/results/photo-previews/latest', { signal }),
  });
}
