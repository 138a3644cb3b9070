import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectStages } from '../../../domain/budget/stage-responses.js';
import type { BudgetStage } from '../../../domain/budget/stages.js';
import { apiFetch } from '../../app/api/client.js';
import { budgetKeys } from './api.js';

export type StageRecord = {
  projectId: string;
  stage: BudgetStage;
  amountSatang: string;
  cutReason: string | null;
  /** The version of the stage being corrected; absent for a first recording. */
  version?: number;
};

/** Records or corrects one stage amount; refreshes stages, summaries and the project (its status may move). */
export function useRecordStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, stage, version, ...body }: StageRecord) =>
      apiFetch<ProjectStages>(`/api/v1/projects/${encodeURIComponent(projectId)}/budget-stages/${stage}`, {
        method: 'PUT',
        body,
        ifMatch: version,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: budgetKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
      ]),
  });
}
