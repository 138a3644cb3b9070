import { useQueries } from '@tanstack/react-query';
import { areaKeys, fetchArea } from '../../app/api/reference.js';
import type { Lang } from '../../app/i18n/index.js';
import { areaName } from './nodes.js';

const DOPA_CODE = /^\d{2}(\d{2}){0,3}$/;

/** Names for selected codes that are not in the loaded tree (e.g. a district picked before a reload). */
export function useAreaTitles(codes: readonly string[], lang: Lang): Map<string, string> {
  const areaCodes = codes.filter((code) => DOPA_CODE.test(code));
  const results = useQueries({
    queries: areaCodes.map((code) => ({
      queryKey: areaKeys.detail(code),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchArea(code, signal),
      staleTime: 10 * 60_000,
    })),
  });
  const titles = new Map<string, string>();
  results.forEach((result, index) => {
    const code = areaCodes[index];
    if (code !== undefined && result.data) {
      titles.set(code, areaName(result.data.area, lang));
    }
  });
  return titles;
}
