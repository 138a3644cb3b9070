import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { CitedProvision, RegulationPage } from '../../../domain/regulations/responses.js';
import type { CitationTargetKind, RegulationKind } from '../../../domain/regulations/vocabulary.js';
import { apiFetch } from '../../app/api/client.js';

/** The library searched and filtered, a keyset page at a time. */
export function useRegulations(q: string, kind: RegulationKind | undefined) {
  return useInfiniteQuery({
    queryKey: ['regulations', 'list', q, kind ?? null],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<RegulationPage>('/api/v1/regulations', {
        query: { q: q.trim() === '' ? undefined : q, kind, limit: 20, cursor: pageParam },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Provisions cited for a step or rule (a side panel), or every citation waiting for review. */
export function useCitedProvisions(
  filter: { targetKind: CitationTargetKind; targetKey: string } | { needsReview: true },
) {
  return useQuery({
    queryKey: ['regulations', 'citations', filter],
    queryFn: ({ signal }) =>
      apiFetch<{ items: CitedProvision[] }>('/api/v1/regulation-citations', { query: filter, signal }),
  });
}
