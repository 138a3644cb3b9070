import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../app/api/client.js';
import type { Job } from '../../../../domain/jobs/job.js';
import {
  explanationPackResultSchema,
  type ExplanationPackRequest,
  type ExplanationPackResult,
} from '../../../../domain/budget/pack-request.js';

export function useStartExplanationPack() {
  return useMutation({
    mutationFn: (request: ExplanationPackRequest) =>
      apiFetch<{ job: Job }>('/api/v1/explanation-packs', { method: 'POST', body: request }),
  });
}

/** The pack job's result once both files are stored; null before (or when it failed). */
export function packResultOf(job: Job | undefined): ExplanationPackResult | null {
  return explanationPackResultSchema.safeParse(job?.result).data ?? null;
}
