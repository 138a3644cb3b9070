import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { PlanSearch } from './search.js';

/** The plan page's URL state: which version, tab and tree node are open. */
export function usePlanView() {
  const { planId } = useParams({ from: '/app/plans/$planId' });
  const search = useSearch({ from: '/app/plans/$planId' });
  const navigate = useNavigate();
  const update = useCallback(
    (patch: Partial<PlanSearch>, replace = false) => {
      // Choosing a node, tab or version changes only the search: the page must stay where it is.
      void navigate({
        to: '.',
        search: (previous) => ({ ...previous, ...patch }),
        replace,
        resetScroll: false,
      });
    },
    [navigate],
  );
  return { planId, search, update };
}
