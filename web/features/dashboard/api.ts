import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Home } from '../../../domain/dashboards/home.js';
import type { DrillLevel, Overview } from '../../../domain/dashboards/overview.js';
import { apiFetch, buildUrl } from '../../app/api/client.js';

export type DrillTarget = { level: DrillLevel; code?: string | undefined };

/** What waits for the signed-in user, by role. */
export function useDashboardHome(fiscalYear: number) {
  return useQuery({
    queryKey: ['dashboards', 'home', fiscalYear],
    queryFn: ({ signal }) => apiFetch<Home>('/api/v1/dashboards/home', { query: { fiscalYear }, signal }),
  });
}

/** One level of the drill-down (summed on the server from the roll-ups). */
export function useOverview(fiscalYear: number, target: DrillTarget, enabled = true) {
  return useQuery({
    queryKey: ['dashboards', 'overview', fiscalYear, target.level, target.code ?? null],
    queryFn: ({ signal }) =>
      apiFetch<Overview>('/api/v1/dashboards/overview', {
        query: { fiscalYear, level: target.level, code: target.code },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Where the browser downloads the table under the chart. */
export function overviewExportUrl(fiscalYear: number, target: DrillTarget): string {
  return buildUrl('/api/v1/dashboards/overview/export', {
    fiscalYear,
    level: target.level,
    code: target.code,
  });
}
