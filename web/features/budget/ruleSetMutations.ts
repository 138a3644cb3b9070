import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RuleSet, RuleSetUpdateInput } from '../../../domain/projects/rules/rule-set.js';
import { apiFetch } from '../../app/api/client.js';
import { budgetKeys, ruleSetPath } from './api.js';

function useInvalidateBudget() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: budgetKeys.all });
}

/** Saves a draft set's title, note and rules under If-Match. */
export function useSaveRuleSet() {
  const invalidate = useInvalidateBudget();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id: string;
      version: number;
      body: Omit<RuleSetUpdateInput, 'version'>;
    }) => apiFetch<RuleSet>(ruleSetPath(id), { method: 'PUT', body, ifMatch: version }),
    onSuccess: invalidate,
  });
}

export function usePublishRuleSet() {
  const invalidate = useInvalidateBudget();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiFetch<RuleSet>(`${ruleSetPath(id)}/publish`, { method: 'POST', body: {}, ifMatch: version }),
    onSuccess: invalidate,
  });
}

/** Starts the next draft revision from a set. */
export function useReviseRuleSet() {
  const invalidate = useInvalidateBudget();
  return useMutation({
    mutationFn: (id: string) => apiFetch<RuleSet>(`${ruleSetPath(id)}/revisions`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}
