import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KnowledgeCheck } from '../../../domain/training/knowledge-check.js';
import type { TrainingEvent, Untrained } from '../../../domain/training/responses.js';
import { apiFetch } from '../../app/api/client.js';

export function useTrainingEvents() {
  return useQuery({
    queryKey: ['training', 'events'],
    queryFn: ({ signal }) => apiFetch<{ items: TrainingEvent[] }>('/api/v1/training-events', { signal }),
  });
}

export function useUntrained(provinceCode: string | null) {
  return useQuery({
    queryKey: ['training', 'untrained', provinceCode],
    enabled: provinceCode !== null,
    queryFn: ({ signal }) => apiFetch<Untrained>(`/api/v1/training/untrained/${provinceCode}`, { signal }),
  });
}

export function useKnowledgeCheck(eventId: string) {
  return useQuery({
    queryKey: ['training', 'check', eventId],
    queryFn: ({ signal }) => apiFetch<KnowledgeCheck>(`/api/v1/training-events/${eventId}/check`, { signal }),
  });
}

/** Sends the reader's answers; the kept result comes back with the check. */
export function useTakeCheck(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: number[]) =>
      apiFetch<KnowledgeCheck>(`/api/v1/training-events/${eventId}/check`, {
        method: 'POST',
        body: { answers },
      }),
    onSuccess: (check) => {
      queryClient.setQueryData(['training', 'check', eventId], check);
      return queryClient.invalidateQueries({ queryKey: ['training', 'events'] });
    },
  });
}

export const certificateHref = (eventId: string, userId: string) =>
  `/api/v1/training-events/${eventId}/participants/${userId}/certificate`;
