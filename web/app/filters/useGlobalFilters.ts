import { useContext } from 'react';
import { GlobalFiltersContext, type GlobalFilters } from './GlobalFiltersContext.js';

export function useGlobalFilters(): GlobalFilters {
  const filters = useContext(GlobalFiltersContext);
  if (filters === null) {
    throw new Error('useGlobalFilters must be used inside GlobalFiltersProvider');
  }
  return filters;
}
