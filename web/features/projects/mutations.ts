import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProjectCreateInput, ProjectUpdateInput } from '../../../domain/projects/project-input.js';
import type { ProjectTransitionInput } from '../../../domain/projects/project-query.js';
import type { Project } from '../../../domain/projects/project-response.js';
import type { ReadinessItem } from '../../../domain/projects/project.js';
import { apiFetch } from '../../app/api/client.js';
import { budgetKeys } from '../budget/api.js';
import { projectKeys, projectPath } from './api.js';

/**
 * Every project write refreshes the lists, the record and its rule results (rules are evaluated on
 * each read, so an edit can turn one green).
 */
function useProjectMutation<I, O>(send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: projectKeys.all }),
        queryClient.invalidateQueries({ queryKey: budgetKeys.all }),
      ]),
  });
}

export function useCreateProject() {
  return useProjectMutation((body: ProjectCreateInput) =>
    apiFetch<Project>('/api/v1/projects', { method: 'POST', body }),
  );
}

export function useUpdateProject(id: string) {
  return useProjectMutation(({ version, ...body }: ProjectUpdateInput & { version: number }) =>
    apiFetch<Project>(projectPath(id), { method: 'PATCH', body, ifMatch: version }),
  );
}

export function useTransitionProject(id: string) {
  return useProjectMutation(({ version, ...body }: ProjectTransitionInput & { version: number }) =>
    apiFetch<Project>(`${projectPath(id)}/transitions`, { method: 'POST', body, ifMatch: version }),
  );
}

export function useAttachEvidence(id: string) {
  return useProjectMutation(({ item, file }: { item: ReadinessItem; file: File }) => {
    const formData = new FormData();
    formData.append('file', file);
    return apiFetch<Project>(`${projectPath(id)}/evidence`, { method: 'POST', query: { item }, formData });
  });
}

export function useDeleteEvidence(id: string) {
  return useProjectMutation((fileId: string) =>
    apiFetch<undefined>(`${projectPath(id)}/evidence/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
  );
}
