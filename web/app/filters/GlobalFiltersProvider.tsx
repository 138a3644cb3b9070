import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo, type ReactNode } from 'react';
import { currentFiscalYear } from './fiscalYear.js';
import { GlobalFiltersContext, type GlobalFilters } from './GlobalFiltersContext.js';

export interface GlobalFiltersProviderProps {
  children: ReactNode;
}

/** The URL is the source of truth, so a copied link reopens the same year and area. */
export function GlobalFiltersProvider({ children }: GlobalFiltersProviderProps) {
  const search = useSearch({ strict: false });
  const navigate = useNavigate();
  const fiscalYear = search.fy ?? currentFiscalYear();
  const areaCode = search.area ?? null;

  const setFiscalYear = useCallback(
    (fy: number) => {
      void navigate({ to: '.', search: (previous) => ({ ...previous, fy }) });
    },
    [navigate],
  );

  const setAreaCode = useCallback(
    (area: string | null) => {
      void navigate({ to: '.', search: (previous) => ({ ...previous, area: area ?? undefined }) });
    },
    [navigate],
  );

  const value = useMemo<GlobalFilters>(
    () => ({ fiscalYear, areaCode, setFiscalYear, setAreaCode }),
    [fiscalYear, areaCode, setFiscalYear, setAreaCode],
  );
  return <GlobalFiltersContext.Provider value={value}>{children}</GlobalFiltersContext.Provider>;
}
