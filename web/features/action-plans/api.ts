import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionPlanDetail,
  ActionPlanSummary,
  ActionPlanTransitionResult,
  CandidateList,
  RevisionDiffView,
} from '../../../domain/action-plans/responses.js';
import type { ActionPlanCreate, EntryCreate, ProposalInput } from '../../../domain/action-plans/schemas.js';
import type { BoardOrder } from '../../../domain/action-plans/board-order.js';
import type { TransitionRequest } from '../../../domain/approvals/schemas.js';
import type { Items } from '../../../domain/common/paging.js';
import { apiFetch } from '../../app/api/client.js';

export const actionPlanKeys = {
  all: ['action-plans'] as const,
  list: (fiscalYear: number, clusterId?: number) => ['action-plans', 'list', fiscalYear, clusterId] as const,
  board: (id: string) => ['action-plans', 'board', id] as const,
  candidates: (id: string) => ['action-plans', 'candidates', id] as const,
};

const planPath = (id: string) => `/api/v1/action-plans/${encodeURIComponent(id)}`;

/** The year's action plans in the user's scope, or one cluster's. */
export function useActionPlans(fiscalYear: number, clusterId?: number) {
  return useQuery({
    queryKey: actionPlanKeys.list(fiscalYear, clusterId),
    queryFn: ({ signal }) =>
      apiFetch<Items<ActionPlanSummary>>('/api/v1/action-plans', {
        query: { fiscalYear, clusterId },
        signal,
      }),
  });
}

export function useBoard(id: string) {
  return useQuery({
    queryKey: actionPlanKeys.board(id),
    queryFn: ({ signal }) => apiFetch<ActionPlanDetail>(planPath(id), { signal }),
  });
}

export function useCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: actionPlanKeys.candidates(id),
    queryFn: ({ signal }) => apiFetch<CandidateList>(`${planPath(id)}/candidates`, { signal }),
    enabled,
  });
}

/** Every action-plan write refreshes the lists and boards it may have touched. */
function useActionPlanMutation<I, O>(send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionPlanKeys.all }),
  });
}

export function useInvalidateActionPlans() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: actionPlanKeys.all });
}

export const useCreateActionPlan = () =>
  useActionPlanMutation((body: ActionPlanCreate) =>
    apiFetch<ActionPlanSummary>('/api/v1/action-plans', { method: 'POST', body }),
  );

export const useAddEntry = (id: string) =>
  useActionPlanMutation((body: EntryCreate) =>
    apiFetch<ActionPlanDetail>(`${planPath(id)}/entries`, { method: 'POST', body }),
  );

export const usePropose = (id: string) =>
  useActionPlanMutation((body: ProposalInput) =>
    apiFetch<ActionPlanDetail>(`${planPath(id)}/proposals`, { method: 'POST', body }),
  );

export const useReorder = (id: string) =>
  useActionPlanMutation(({ version, ...body }: BoardOrder & { version: number }) =>
    apiFetch<ActionPlanDetail>(`${planPath(id)}/order`, { method: 'PUT', body, ifMatch: version }),
  );

export const useTransition = (id: string) =>
  useActionPlanMutation(({ version, body }: { version: number; body: Omit<TransitionRequest, 'version'> }) =>
    apiFetch<ActionPlanTransitionResult>(`${planPath(id)}/transitions`, {
      method: 'POST',
      body,
      ifMatch: version,
    }),
  );

export const useRevise = (id: string) =>
  useActionPlanMutation((reason: string) =>
    apiFetch<ActionPlanSummary>(`${planPath(id)}/revisions`, { method: 'POST', body: { reason } }),
  );

export const useChangeReason = (id: string) =>
  useActionPlanMutation((body: { stableKey: string; reason: string }) =>
    apiFetch<RevisionDiffView>(`${planPath(id)}/change-reasons`, { method: 'PUT', body }),
  );
