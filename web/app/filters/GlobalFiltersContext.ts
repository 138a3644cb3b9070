import { createContext } from 'react';

export interface GlobalFilters {
  /** BE fiscal year. */
  fiscalYear: number;
  /** DOPA code of the chosen area; null = whole country. */
  areaCode: string | null;
  setFiscalYear: (fiscalYear: number) => void;
  setAreaCode: (areaCode: string | null) => void;
}

export const GlobalFiltersContext = createContext<GlobalFilters | null>(null);
