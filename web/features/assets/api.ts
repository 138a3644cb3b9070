import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { AssetFilter } from '../../../domain/assets/asset-input.js';
import type { AssetList } from '../../../domain/assets/asset-response.js';
import { apiFetch } from '../../app/api/client.js';

/** The register with the screen's filters, a keyset page at a time (totals are of the whole list). */
export function useAssetList(filter: AssetFilter) {
  return useInfiniteQuery({
    queryKey: ['assets', 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      apiFetch<AssetList>('/api/v1/assets', { query: { ...filter, limit: 50, cursor: pageParam }, signal }),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The export route of the same filters. */
export function assetExportHref(filter: AssetFilter): string {
  const query = new URLSearchParams(
    Object.entries(filter).flatMap(([key, value]) =>
      value === undefined || value === '' ? [] : [[key, String(value)]],
    ),
  );
  return `/api/v1/assets/export?${query.toString()}`;
}
