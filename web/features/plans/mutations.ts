import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ChangeReasonInput,
  PlanCreateInput,
  PlanVersionUpdateInput,
} from '../../../domain/plans/plan-input.js';
import type { TransitionRequest } from '../../../domain/approvals/schemas.js';
import { apiFetch } from '../../app/api/client.js';
import { planKeys, planPath, versionPath } from './api.js';
import type {
  ChangeReasonSaved,
  IssueOrder,
  PlanDetail,
  TransitionResult,
  VersionSummary,
} from '../../../domain/plans/responses.js';
import type { PlanVersionFields } from '../../../domain/plans/tree.js';

/** Every plan write refreshes the plans, trees and diffs it may have touched. */
export function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: planKeys.all });
}

export function useCreatePlan() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (body: PlanCreateInput) => apiFetch<PlanDetail>('/api/v1/plans', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateVersion() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id: string;
      version: number;
      body: Omit<PlanVersionUpdateInput, 'version'>;
    }) => apiFetch<PlanVersionFields>(versionPath(id), { method: 'PATCH', body, ifMatch: version }),
    onSuccess: invalidate,
  });
}

export function useReorderIssues() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ versionId, version, ids }: { versionId: string; version: number; ids: string[] }) =>
      apiFetch<IssueOrder>(`${versionPath(versionId)}/issues/reorder`, {
        method: 'POST',
        body: { ids },
        ifMatch: version,
      }),
    onSuccess: invalidate,
  });
}

export function useCreateReview() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ planId, fiscalYear }: { planId: string; fiscalYear: number }) =>
      apiFetch<VersionSummary>(`${planPath(planId)}/reviews`, { method: 'POST', body: { fiscalYear } }),
    onSuccess: invalidate,
  });
}

export interface ChangeReasonArgs {
  versionId: string;
  body: Omit<ChangeReasonInput, 'version'>;
  /** The stored reason's version when replacing one. */
  ifMatch?: number;
}

export function usePutChangeReason() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({ versionId, body, ifMatch }: ChangeReasonArgs) =>
      apiFetch<ChangeReasonSaved>(`${versionPath(versionId)}/change-reasons`, {
        method: 'PUT',
        body,
        ifMatch,
      }),
    onSuccess: invalidate,
  });
}

export function useTransitionVersion() {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: ({
      versionId,
      version,
      body,
    }: {
      versionId: string;
      version: number;
      body: Omit<TransitionRequest, 'version'>;
    }) =>
      apiFetch<TransitionResult>(`${versionPath(versionId)}/transitions`, {
        method: 'POST',
        body,
        ifMatch: version,
      }),
    onSettled: invalidate,
  });
}
