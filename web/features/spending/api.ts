import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { SpendingSummary, Warning } from '../../../domain/spending/spending-response.js';
import { apiFetch } from '../../app/api/client.js';

export const spendingKeys = {
  summary: (fiscalYear: number) => ['spending', 'summary', fiscalYear] as const,
  warnings: (fiscalYear: number) => ['spending', 'warnings', fiscalYear] as const,
};

/** Disbursed against plan and target for the user's scope (the server's walls decide what it holds). */
export function useSpendingSummary(fiscalYear: number) {
  return useQuery({
    queryKey: spendingKeys.summary(fiscalYear),
    queryFn: ({ signal }) =>
      apiFetch<SpendingSummary>('/api/v1/spending/summary', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Late and at-risk projects, a keyset page at a time. */
export function useSpendingWarnings(fiscalYear: number) {
  return useInfiniteQuery({
    queryKey: spendingKeys.warnings(fiscalYear),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<{ items: Warning[]; nextCursor: string | null }>('/api/v1/spending/warnings', {
        query: { fiscalYear, limit: 50, cursor: pageParam },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
