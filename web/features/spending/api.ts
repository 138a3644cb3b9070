import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Ranking, RankingLevel } from '../../../domain/spending/ranking.js';
import type { SpendingSummary, Warning } from '../../../domain/spending/spending-response.js';
import { apiFetch } from '../../app/api/client.js';

export const spendingKeys = {
  summary: (fiscalYear: number, provinceCode: string | null) =>
    ['spending', 'summary', fiscalYear, provinceCode] as const,
  ranking: (fiscalYear: number, level: RankingLevel) => ['spending', 'ranking', fiscalYear, level] as const,
  warnings: (fiscalYear: number, provinceCode: string | null) =>
    ['spending', 'warnings', fiscalYear, provinceCode] as const,
};

/** Disbursed against plan and target for the user's scope (the server's walls decide what it holds). */
export function useSpendingSummary(fiscalYear: number, provinceCode: string | null = null) {
  return useQuery({
    queryKey: spendingKeys.summary(fiscalYear, provinceCode),
    queryFn: ({ signal }) =>
      apiFetch<SpendingSummary>('/api/v1/spending/summary', {
        query: provinceCode ? { fiscalYear, level: 'province', code: provinceCode } : { fiscalYear },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Late and at-risk projects (of one province when one is picked), a keyset page at a time. */
export function useSpendingWarnings(fiscalYear: number, provinceCode: string | null = null) {
  return useInfiniteQuery({
    queryKey: spendingKeys.warnings(fiscalYear, provinceCode),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<{ items: Warning[]; nextCursor: string | null }>('/api/v1/spending/warnings', {
        query: { fiscalYear, limit: 50, cursor: pageParam, ...(provinceCode ? { provinceCode } : {}) },
        signal,
      }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Provinces or clusters ranked against the cabinet target (served from the roll-ups). */
export function useSpendingRanking(fiscalYear: number, level: RankingLevel) {
  return useQuery({
    queryKey: spendingKeys.ranking(fiscalYear, level),
    queryFn: ({ signal }) =>
      apiFetch<Ranking>('/api/v1/spending/rankings', { query: { fiscalYear, level }, signal }),
    placeholderData: keepPreviousData,
  });
}
