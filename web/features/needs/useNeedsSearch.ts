import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useCurrentUser } from '../../app/auth/hooks.js';
import { useGlobalFilters } from '../../app/filters/useGlobalFilters.js';
import type { NeedFilter } from '../../../domain/needs/need-query.js';
import type { NeedsSearch } from './search.js';

export const DEFAULT_PAGE_SIZE = 20;

export interface NeedsView {
  search: NeedsSearch;
  /** The filters as the API takes them, global area and year applied. */
  filter: NeedFilter;
  page: number;
  pageSize: number;
  /** Changes search params; any change but the page itself goes back to page 1. */
  update: (patch: Partial<NeedsSearch>) => void;
}

/** The needs page's state, read from and written to the URL. */
export function useNeedsSearch(): NeedsView {
  const search = useSearch({ from: '/app/needs' });
  const navigate = useNavigate();
  const { areaCode, fiscalYear } = useGlobalFilters();
  const user = useCurrentUser();
  // Someone who can see one area only (a province planner) starts there rather than "whole country".
  const ownArea =
    user?.viewScope.length === 1 && /^\d+$/.test(user.viewScope[0] ?? '') ? user.viewScope[0] : undefined;

  const filter = useMemo<NeedFilter>(() => {
    const year = search.year === 'all' ? undefined : (search.year ?? fiscalYear);
    return {
      areaCode: search.needArea ?? (search.cluster === undefined ? (areaCode ?? ownArea) : undefined),
      clusterId: search.cluster,
      status: search.status,
      origin: search.origin,
      dimensionId: search.dimension,
      fiscalYear: year,
      q: search.q?.trim() || undefined,
    };
  }, [areaCode, fiscalYear, ownArea, search]);

  const update = useCallback(
    (patch: Partial<NeedsSearch>) => {
      void navigate({
        to: '.',
        search: (previous) => ({ ...previous, page: undefined, ...patch }),
        replace: true,
      });
    },
    [navigate],
  );

  return {
    search,
    filter,
    page: search.page ?? 1,
    pageSize: search.size ?? DEFAULT_PAGE_SIZE,
    update,
  };
}
