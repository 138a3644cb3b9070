import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProjectStages, StageSummary, SummaryGrouping } from '../../../domain/budget/stage-responses.js';
import type { RuleResults } from '../../../domain/projects/rules/rule-results.js';
import type { RuleSet, RuleSetSummary } from '../../../domain/projects/rules/rule-set.js';
import type { Items } from '../../../domain/common/paging.js';
import { apiFetch } from '../../app/api/client.js';

export const budgetKeys = {
  all: ['budget'] as const,
  ruleSets: (fiscalYear: number | undefined) => ['budget', 'rule-sets', fiscalYear ?? 'all'] as const,
  ruleSet: (id: string) => ['budget', 'rule-set', id] as const,
  projectRules: (projectId: string) => ['budget', 'rule-results', 'project', projectId] as const,
  stages: (projectId: string) => ['budget', 'stages', projectId] as const,
  summary: (params: Record<string, string | number | undefined>) => ['budget', 'summary', params] as const,
};

export const ruleSetPath = (id: string) => `/api/v1/rule-sets/${encodeURIComponent(id)}`;

export function useRuleSets(fiscalYear?: number) {
  return useQuery({
    queryKey: budgetKeys.ruleSets(fiscalYear),
    queryFn: ({ signal }) =>
      apiFetch<Items<RuleSetSummary>>('/api/v1/rule-sets', { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRuleSet(id: string | null) {
  return useQuery({
    queryKey: budgetKeys.ruleSet(id ?? ''),
    queryFn: ({ signal }) => apiFetch<RuleSet>(ruleSetPath(id ?? ''), { signal }),
    enabled: id !== null,
  });
}

/** A project's rule results, evaluated by the server on each read. */
export function useProjectRuleResults(projectId: string) {
  return useQuery({
    queryKey: budgetKeys.projectRules(projectId),
    queryFn: ({ signal }) =>
      apiFetch<RuleResults>(`/api/v1/projects/${encodeURIComponent(projectId)}/rule-results`, { signal }),
  });
}

/** A project's budget by stage. */
export function useProjectStages(projectId: string) {
  return useQuery({
    queryKey: budgetKeys.stages(projectId),
    queryFn: ({ signal }) =>
      apiFetch<ProjectStages>(`/api/v1/projects/${encodeURIComponent(projectId)}/budget-stages`, { signal }),
  });
}

/** A fiscal year's budget by stage, grouped one way (from the roll-ups). */
export function useStageSummary(params: { fiscalYear: number; by: SummaryGrouping; provinceCode?: string }) {
  return useQuery({
    queryKey: budgetKeys.summary(params),
    queryFn: ({ signal }) => apiFetch<StageSummary>('/api/v1/budget-summaries', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
