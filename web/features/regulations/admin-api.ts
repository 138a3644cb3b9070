import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ProvisionInput,
  RegulationInput,
  RegulationVersionInput,
} from '../../../domain/regulations/regulation-input.js';
import type { Regulation } from '../../../domain/regulations/responses.js';
import { apiFetch } from '../../app/api/client.js';

/** One entry with its versions (the one in force today marked) and provisions. */
export function useRegulation(id: string) {
  return useQuery({
    queryKey: ['regulations', 'entry', id],
    queryFn: ({ signal }) => apiFetch<Regulation>(`/api/v1/regulations/${id}`, { signal }),
  });
}

function useLibraryMutation<Input>(send: (input: Input) => Promise<Regulation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (entry) => {
      queryClient.setQueryData(['regulations', 'entry', entry.id], entry);
      return queryClient.invalidateQueries({ queryKey: ['regulations', 'list'] });
    },
  });
}

/** Adds an entry, or edits one under If-Match when a version is given. */
export function useSaveRegulation() {
  return useLibraryMutation(
    ({ id, version, input }: { id?: string; version?: number; input: RegulationInput }) =>
      id === undefined
        ? apiFetch<Regulation>('/api/v1/regulations', { method: 'POST', body: input })
        : apiFetch<Regulation>(`/api/v1/regulations/${id}`, { method: 'PUT', body: input, ifMatch: version }),
  );
}

export function useAddVersion(id: string) {
  return useLibraryMutation((input: RegulationVersionInput) =>
    apiFetch<Regulation>(`/api/v1/regulations/${id}/versions`, { method: 'POST', body: input }),
  );
}

export function useAddProvision(id: string) {
  return useLibraryMutation((input: ProvisionInput) =>
    apiFetch<Regulation>(`/api/v1/regulations/${id}/provisions`, { method: 'POST', body: input }),
  );
}
